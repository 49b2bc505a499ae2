namespace AdminPortal.Domain.Entities;

/// <summary>
/// A row the seed APIs address by an integer: <see cref="NumericId"/> is stable, unique in its organisation and never
/// reused, even after the row is deleted. It is 0 until the row is first saved; then the DbContext draws it from the
/// organisation's <see cref="NumericIdCounter"/> in the same transaction. Built-in statuses keep their seed 004 ids.
/// </summary>
public interface INumbered : IOrganisationOwned
{
    long NumericId { get; set; }
}
