namespace AdminPortal.Domain.Seeding;

/// <summary>How many generated agents, teams and menus, and how they are named.</summary>
public sealed record WorkforceSettings
{
    public int Agents { get; init; }
    public int Teams { get; init; }
    public int Menus { get; init; }

    /// <summary>Generated e-mail addresses end with this domain.</summary>
    public string EmailDomain { get; init; } = "agents.example.com";

    /// <summary>The first generated agent number ("Agent No.1000").</summary>
    public int FirstAgentNumber { get; init; } = 1000;

    /// <summary>The portal password hash of every generated agent (null: they cannot sign in).</summary>
    public string? PasswordHash { get; init; }

    public required DateTime Now { get; init; }

    public int Seed { get; init; } = 2026;
}
