namespace TestBuildingBlocks.Oidc;

/// <summary>
/// A user of the local issuer's directory, as its tokens describe it: <c>oid</c>, <c>preferred_username</c>, the optional
/// <c>email</c> (Entra ID sends it only when the app registration asks for it), <c>name</c>, the app roles in
/// <c>roles</c> and an optional <c>org</c> claim.
/// </summary>
public sealed record OidcUser
{
    public required string PreferredUsername { get; init; }

    public string? Email { get; init; }

    public string Name { get; init; } = "Directory User";

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The <c>org</c> claim (an AdminPortal organisation id), when the directory sends one.</summary>
    public string? Organisation { get; init; }

    public string ObjectId { get; init; } = Guid.NewGuid().ToString();

    /// <summary>A user whose preferred_username and email are both <paramref name="email"/>.</summary>
    public static OidcUser WithEmail(string email, params string[] roles) =>
        new() { PreferredUsername = email, Email = email, Name = email.Split('@')[0], Roles = roles };

    public bool Answers(string loginHint) =>
        string.Equals(PreferredUsername, loginHint, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Email, loginHint, StringComparison.OrdinalIgnoreCase);
}
