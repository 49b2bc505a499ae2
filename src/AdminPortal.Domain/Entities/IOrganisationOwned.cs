namespace AdminPortal.Domain.Entities;

/// <summary>A row that belongs to exactly one organisation; every query on it is scoped to the caller's.</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; set; }
}
