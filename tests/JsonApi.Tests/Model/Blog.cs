namespace JsonApi.Tests.Model;

public sealed class Blog
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public Author? Owner { get; set; }

    public List<Article> Articles { get; set; } = [];
}
