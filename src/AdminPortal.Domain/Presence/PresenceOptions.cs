namespace AdminPortal.Domain.Presence;

/// <summary>Configuration section <c>Presence</c>.</summary>
public sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>How long an agent's last widget may be gone before the agent goes Offline.</summary>
    public int GraceSeconds { get; set; } = 60;

    /// <summary>How often the sweep looks for agents whose grace period is over.</summary>
    public int SweepSeconds { get; set; } = 5;
}
