namespace JsonApi.Tests.Model;

public sealed class Author
{
    public Guid Id { get; set; }

    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public string? Email { get; set; }

    public DateTime? BornAt { get; set; }

    public AuthorLevel Level { get; set; }

    public double Rating { get; set; }

    public string PasswordHash { get; set; } = "secret";

    public List<Article> Articles { get; set; } = [];
}

public enum AuthorLevel
{
    Beginner,
    SeniorWriter,
}
