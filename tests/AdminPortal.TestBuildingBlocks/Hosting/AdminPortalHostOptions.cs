using AdminPortal.Domain.Data;
using Microsoft.Extensions.DependencyInjection;

namespace TestBuildingBlocks.Hosting;

/// <summary>How a test host starts: which database, whether the demo organisation is filled, extra configuration.</summary>
public sealed record AdminPortalHostOptions
{
    /// <summary>Fill the empty database with the demo organisation (Demo:Enabled).</summary>
    public bool Demo { get; init; } = true;

    /// <summary>Generated demo agents beside the named ones (Demo:Agents); small so hosts start fast.</summary>
    public int DemoAgents { get; init; } = 5;

    /// <summary>SQLite (a fresh file per fixture) or PostgreSQL (a fresh database on ADMINPORTAL_TEST_POSTGRES).</summary>
    public DatabaseProvider Database { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>An existing SQLite file to start on (e.g. to start a second host on the first one's database).</summary>
    public string? SqliteFile { get; init; }

    /// <summary>
    /// An existing PostgreSQL database to start on (with <see cref="Database"/> Postgres), e.g. to run a second host on the
    /// first one's database; the factory then neither creates nor drops one.
    /// </summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Any other configuration (key → value), applied last.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Changes to the test machine around the host, applied after the host's own services (e.g. trusting a local
    /// issuer's certificate); never a replacement of the product's behaviour.
    /// </summary>
    public Action<IServiceCollection>? Environment { get; init; }
}
