using Microsoft.EntityFrameworkCore;

namespace JsonApi.Bench;

public sealed class BenchAuthor
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public List<BenchArticle> Articles { get; set; } = [];
}

public sealed class BenchBlog
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public List<BenchArticle> Articles { get; set; } = [];
}

public sealed class BenchArticle
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public int Views { get; set; }

    public DateTime CreatedAt { get; set; }

    public BenchAuthor? Author { get; set; }

    public BenchBlog? Blog { get; set; }
}

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<BenchArticle> Articles => Set<BenchArticle>();

    public DbSet<BenchAuthor> Authors => Set<BenchAuthor>();

    public DbSet<BenchBlog> Blogs => Set<BenchBlog>();

    public static async Task SeedAsync(BenchDbContext db, int articles)
    {
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        var authors = Enumerable.Range(0, 100).Select(i => new BenchAuthor { Id = Guid.CreateVersion7(), Name = $"Author {i}", Email = $"a{i}@example.com" }).ToList();
        var blogs = Enumerable.Range(0, 50).Select(i => new BenchBlog { Id = Guid.CreateVersion7(), Title = $"Blog {i}" }).ToList();
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        db.AddRange(authors);
        db.AddRange(blogs);
        db.AddRange(Enumerable.Range(0, articles).Select(i => new BenchArticle
        {
            Id = Guid.CreateVersion7(),
            Title = $"Article {i}",
            Body = new string('x', 2000),
            Views = i % 1000,
            CreatedAt = start.AddMinutes(i),
            Author = authors[i % authors.Count],
            Blog = blogs[i % blogs.Count],
        }));
        await db.SaveChangesAsync();
    }
}
