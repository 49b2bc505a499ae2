using JsonApi.Tests.Model;

namespace JsonApi.Tests.Infrastructure;

/// <summary>Small builders of the blog model with deterministic values.</summary>
public static class Fakes
{
    private static int _sequence;

    public static Author Author(string firstName = "Ada", string lastName = "Lovelace", AuthorLevel level = AuthorLevel.Beginner) => new()
    {
        Id = Guid.NewGuid(),
        FirstName = firstName,
        LastName = lastName,
        Email = $"{firstName.ToLowerInvariant()}@example.com",
        Level = level,
        Rating = 4.5,
        BornAt = new DateTime(1990, 1, 2, 3, 4, 5, DateTimeKind.Utc),
    };

    public static Article Article(string title = "Hello", Author? author = null, Blog? blog = null, int views = 0, ArticleStatus status = ArticleStatus.Draft) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Body = $"Body of {title}",
        Views = views,
        Status = status,
        Author = author,
        Blog = blog,
        CreatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(Interlocked.Increment(ref _sequence)),
    };

    public static Blog Blog(string title = "Tech", Author? owner = null) => new() { Id = Guid.NewGuid(), Title = title, Owner = owner };

    public static Comment Comment(string text, Article article, Author? author = null) => new()
    {
        Id = Guid.NewGuid(),
        Text = text,
        Article = article,
        Author = author,
        CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public static Tag Tag(string name, int tenant = 1) => new() { Id = Guid.NewGuid(), Name = name, TenantId = tenant };
}
