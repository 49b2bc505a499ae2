namespace AdminPortal.Domain.Entities;

/// <summary>Values used by queue assignments; stored as these snake_case strings. The defaults are a queue's main line.</summary>
public static class QueueValues
{
    public const string DefaultLang = "en";
    public const string DefaultQueueLevel = "primary";
    public const string DefaultChannelType = "voice_call";

    /// <summary>skill_level of an agent assignment, for the API and the portal alike.</summary>
    public const int MinSkillLevel = 1;
    public const int MaxSkillLevel = 10;

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
    public string Lang { get; set; } = QueueValues.DefaultLang;
    public string QueueLevel { get; set; } = QueueValues.DefaultQueueLevel;
    public string ChannelType { get; set; } = QueueValues.DefaultChannelType;
    public int SkillLevel { get; set; } = QueueValues.MinSkillLevel;
}

public sealed class TeamAssignment : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MenuId { get; set; }
    public Menu? Menu { get; set; }
    public Guid TeamId { get; set; }
    public Team? Team { get; set; }
    public string Lang { get; set; } = QueueValues.DefaultLang;
    public string QueueLevel { get; set; } = QueueValues.DefaultQueueLevel;
    public string ChannelType { get; set; } = QueueValues.DefaultChannelType;
}
