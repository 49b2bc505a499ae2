namespace TestBuildingBlocks.Hosting;

/// <summary>The fixed secrets every test host is configured with.</summary>
public static class TestSecrets
{
    /// <summary>Auth:SigningKey: the HS256 key of the host's own JWTs (its UTF-8 bytes are the key).</summary>
    public const string SigningKey = "adminportal-tests-signing-key-0123456789-abcdefghijklmnop";

    /// <summary>Auth:Issuer.</summary>
    public const string Issuer = "AdminPortal";

    /// <summary>Demo:AdminEmail / Demo:AdminPassword.</summary>
    public const string AdminEmail = "admin@example.com";

    public const string AdminPassword = "Admin-Pass-2026!";

    /// <summary>Demo:AgentPassword: every demo agent's password.</summary>
    public const string AgentPassword = "Agent-Pass-2026!";
}
