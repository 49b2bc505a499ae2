using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Portal;

/// <summary>One migrated SQLite database for all portal component tests; each test works in its own organisation.</summary>
public sealed class PortalDatabase : SqliteTestDatabase;

[CollectionDefinition(Name)]
public sealed class PortalDatabaseCollection : ICollectionFixture<PortalDatabase>
{
    public const string Name = "Portal database";
}
