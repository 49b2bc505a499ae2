namespace JsonApi.Tests.Model;

public sealed class Article
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public int Views { get; set; }

    public ArticleStatus Status { get; set; }

    public DateTime? PublishedAt { get; set; }

    public bool Deleted { get; set; }

    public DateTime CreatedAt { get; set; }

    public Author? Author { get; set; }

    public Blog? Blog { get; set; }

    public List<Tag> Tags { get; set; } = [];

    public List<Comment> Comments { get; set; } = [];
}

public enum ArticleStatus
{
    Draft,
    InReview,
    Published,
}
