namespace AdminPortal.Domain.Entities;

public sealed class Agent : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long NumericId { get; set; }

    public required string Email { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleName { get; set; }
    public required string LastName { get; set; }
    public string? AgentNumber { get; set; }
    public string? ExtensionNumber { get; set; }
    public string? AvatarUrl { get; set; }
    public AgentRole Role { get; set; } = AgentRole.Agent;
    public string? Location { get; set; }

    /// <summary>PBKDF2 hash of the portal password; null when the agent signs in elsewhere only.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// Changes whenever the password or the role changes, or the agent is deactivated; portal sessions and host tokens carry it, so a change ends them.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    public Guid StatusId { get; set; }
    public UserStatus? Status { get; set; }
    public DateTime StatusUpdatedAt { get; set; } = DateTime.UtcNow;
    public SessionOrigin SessionOrigin { get; set; }

    /// <summary>
    /// Where the agent goes when its call or chat work ends: the status it had before the work, or the one it picked
    /// meanwhile (applied when wrap-up ends). Null when no work is in progress.
    /// </summary>
    public Guid? NextStatusId { get; set; }
    public UserStatus? NextStatus { get; set; }
    public DateTime? LastLoginTime { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public int CallCount { get; set; }
    public int ChatCount { get; set; }

    /// <summary>
    /// When an admin deactivated the agent (null while active): it can't sign in or use tokens and credentials, and leaves
    /// every list of agents (<see cref="Agents.ActiveAgents"/>); its history keeps its name.
    /// </summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>Changed on every write; guards against lost updates.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Team> Teams { get; set; } = [];
    public List<AgentAssignment> AgentAssignments { get; set; } = [];
    public List<OperatorStatus> OperatorStatuses { get; set; } = [];
    public List<AgentActivityLog> ActivityLogs { get; set; } = [];

    /// <summary>
    /// The full name (<see cref="Agents.AgentName"/>), always that of the parts. It is stored too, kept in step by every save,
    /// so that lists sort and filter by it on an index; the setter only lets EF Core read the stored copy back.
    /// </summary>
    public string Name
    {
        get => Agents.AgentName.Of(FirstName, MiddleName, LastName);
        private set => _ = value;
    }

    public static string NewSecurityStamp() => Guid.NewGuid().ToString("N");

    /// <summary>Ends every session and token issued before this call.</summary>
    public void RotateSecurityStamp() => SecurityStamp = NewSecurityStamp();
}
