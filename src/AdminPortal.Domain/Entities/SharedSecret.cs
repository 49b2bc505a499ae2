namespace AdminPortal.Domain.Entities;

/// <summary>
/// A secret every host of one database must agree on (e.g. the generated signing key of the host's own tokens),
/// created once by whichever host needs it first.
/// </summary>
public sealed class SharedSecret
{
    public required string Name { get; set; }

    public required string Value { get; set; }

    public DateTime CreatedAt { get; set; }
}
