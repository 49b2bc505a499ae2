namespace AdminPortal.Domain.Entities;

/// <summary>
/// The API requests one organisation made in one second, counted across every host of the database (PostgreSQL), so
/// the organisation's quota holds for all hosts together. Old windows are deleted as new ones are counted.
/// </summary>
public sealed class RateWindow
{
    public Guid OrganisationId { get; set; }

    /// <summary>The second the window covers, on the database's clock.</summary>
    public DateTime WindowStart { get; set; }

    public int Count { get; set; }
}
