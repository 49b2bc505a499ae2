namespace AdminPortal.Domain.Identity;

/// <summary>Claim types shared by the host's JWTs, the portal cookie and Entra ID tokens (mapped on sign-in).</summary>
public static class AdminPortalClaims
{
    /// <summary>The agent's id (a UUID string); JWT "sub".</summary>
    public const string AgentId = "sub";

    /// <summary>The organisation's id (a UUID string).</summary>
    public const string OrganisationId = "org";

    /// <summary>admin, supervisor or agent.</summary>
    public const string Role = "role";

    public const string Email = "email";

    public const string Name = "name";

    /// <summary>The agent's security stamp when the session or token was issued; a different stamp now ends it.</summary>
    public const string SecurityStamp = "stamp";
}
