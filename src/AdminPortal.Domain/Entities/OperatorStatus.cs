namespace AdminPortal.Domain.Entities;

/// <summary>One status change of an agent, as recorded through the API, the portal, the widget or the system.</summary>
public sealed class OperatorStatus : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public Guid SipUserId { get; set; }
    public Agent? SipUser { get; set; }
    public required string Status { get; set; }
    public Guid UserStatusId { get; set; }
    public UserStatus? UserStatus { get; set; }
    public StatusSource Source { get; set; }
    public Guid? ChangedByUserId { get; set; }
    public Agent? ChangedByUser { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
