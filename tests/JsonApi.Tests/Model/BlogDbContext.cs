using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Model;

public sealed class BlogDbContext(DbContextOptions<BlogDbContext> options, TestTenant tenant) : DbContext(options)
{
    public DbSet<Blog> Blogs => Set<Blog>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Tag> Tags => Set<Tag>();

    public int TenantId => tenant.Id;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Author>().Property(a => a.Level).HasConversion<string>();
        modelBuilder.Entity<Article>().Property(a => a.Status).HasConversion<string>();
        modelBuilder.Entity<Article>().HasOne(a => a.Author).WithMany(a => a.Articles).OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Article>().HasOne(a => a.Blog).WithMany(b => b.Articles).OnDelete(DeleteBehavior.Restrict);
        modelBuilder.Entity<Article>().HasMany(a => a.Comments).WithOne(c => c.Article).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<Article>().HasMany(a => a.Tags).WithMany(t => t.Articles);
        modelBuilder.Entity<Comment>().HasOne(c => c.Author).WithMany().OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Blog>().HasOne(b => b.Owner).WithMany().OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Tag>().HasQueryFilter(t => t.TenantId == TenantId);
    }
}
