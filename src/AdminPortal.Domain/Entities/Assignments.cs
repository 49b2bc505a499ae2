namespace AdminPortal.Domain.Entities;

/// <summary>Values used by queue assignments; stored as these snake_case strings.</summary>
public static class QueueValues
{
    public static readonly string[] QueueLevels = ["primary", "secondary", "tertiary", "overflow"];
    public static readonly string[] ChannelTypes = ["voice_call", "chat", "sms", "email", "video_call"];
    public static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "nl", "ja"];
}

public sealed class AgentAssignment : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MenuId { get; set; }
    public Menu? Menu { get; set; }
    public Guid AgentId { get; set; }
    public Agent? Agent { get; set; }
    public string Lang { get; set; } = "en";
    public string QueueLevel { get; set; } = "primary";
    public string ChannelType { get; set; } = "voice_call";
    public int SkillLevel { get; set; } = 1;
}

public sealed class TeamAssignment : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MenuId { get; set; }
    public Menu? Menu { get; set; }
    public Guid TeamId { get; set; }
    public Team? Team { get; set; }
    public string Lang { get; set; } = "en";
    public string QueueLevel { get; set; } = "primary";
    public string ChannelType { get; set; } = "voice_call";
}
