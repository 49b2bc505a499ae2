namespace AdminPortal.Domain.Entities;

public sealed class Organisation
{
    public const int DefaultApiRateLimitPerSecond = 10;
    public const int DefaultWrapUpSeconds = 30;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Subdomain { get; set; }
    public int ApiRateLimitPerSecond { get; set; } = DefaultApiRateLimitPerSecond;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Seconds of wrap-up after a call or chat, unless its menu says otherwise.</summary>
    public int WrapUpSeconds { get; set; } = DefaultWrapUpSeconds;

    /// <summary>The service level of menus that have none of their own and no queue group.</summary>
    public int ServiceLevelSeconds { get; set; } = QueueGroup.DefaultServiceLevelSeconds;

    /// <summary>The service level target (percent) of menus outside any queue group.</summary>
    public int ServiceLevelTargetPercent { get; set; } = QueueGroup.DefaultServiceLevelTargetPercent;

    public List<Agent> Agents { get; set; } = [];
    public List<Team> Teams { get; set; } = [];
    public List<Menu> Menus { get; set; } = [];
    public List<UserStatus> UserStatuses { get; set; } = [];
    public List<QueueGroup> QueueGroups { get; set; } = [];
}
