namespace AdminPortal.Domain.Entities;

public sealed class Organisation
{
    public const int DefaultApiRateLimitPerSecond = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Subdomain { get; set; }
    public int ApiRateLimitPerSecond { get; set; } = DefaultApiRateLimitPerSecond;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<Agent> Agents { get; set; } = [];
    public List<Team> Teams { get; set; } = [];
    public List<Menu> Menus { get; set; } = [];
    public List<UserStatus> UserStatuses { get; set; } = [];
    public List<QueueGroup> QueueGroups { get; set; } = [];
}
