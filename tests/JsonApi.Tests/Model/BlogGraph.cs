using JsonApi.Graph;

namespace JsonApi.Tests.Model;

public static class BlogGraph
{
    public static void Configure(ResourceGraphBuilder graph) => graph
        .Add<Blog>("Blog", "blogs", r => r
            .Attribute(b => b.Title)
            .HasOne(b => b.Owner)
            .HasMany(b => b.Articles))
        .Add<Author>("Author", "authors", r => r
            .Attribute(a => a.FirstName)
            .Attribute(a => a.LastName)
            .Attribute(a => a.Email)
            .Attribute(a => a.BornAt)
            .Attribute(a => a.Level)
            .Attribute(a => a.Rating)
            .Attribute(a => a.Website)
            .Computed("articles_count", a => a.Articles.Count(article => !article.Deleted))
            .HasMany(a => a.Articles, readOnly: true))
        .Add<Article>("Article", "articles", r => r
            .Attribute(a => a.Title)
            .Attribute(a => a.Body)
            .Attribute(a => a.Views)
            .Attribute(a => a.Status)
            .Attribute(a => a.PublishedAt)
            .Attribute(a => a.CreatedAt, AttributeCapabilities.ReadOnly)
            .Attribute(a => a.Deleted, AttributeCapabilities.ReadOnly)
            .HasOne(a => a.Author)
            .HasOne(a => a.Blog)
            .HasMany(a => a.Tags)
            .HasMany(a => a.Comments))
        .Add<Comment>("Comment", "comments", r => r
            .Attribute(c => c.Text)
            .Attribute(c => c.CreatedAt, AttributeCapabilities.ReadOnly)
            .HasOne(c => c.Article)
            .HasOne(c => c.Author)
            .Endpoints(ResourceEndpoints.All & ~ResourceEndpoints.Patch & ~ResourceEndpoints.Delete))
        .Add<Tag>("Tag", "tags", r => r
            .Attribute(t => t.Name)
            .HasMany(t => t.Articles)
            .DefaultSort("-name")
            .ReadOnly());
}
