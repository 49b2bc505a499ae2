namespace JsonApi.Tests.Model;

public sealed class Comment
{
    public Guid Id { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public Article? Article { get; set; }

    public Author? Author { get; set; }
}
