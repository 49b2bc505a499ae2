using JsonApi.Tests.Model;

namespace JsonApi.Tests.Infrastructure;

/// <summary>Base of the HTTP tests: every test starts on an empty database of its class's host.</summary>
public abstract class BlogApiTest<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : BlogApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected HttpClient Client => Fixture.Client;

    protected SqlLog Sql => Fixture.Sql;

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task SeedAsync(params object[] entities) => Fixture.WithDbAsync(async db =>
    {
        db.AddRange(entities);
        await db.SaveChangesAsync();
    });

    protected Task<T> QueryAsync<T>(Func<BlogDbContext, Task<T>> query) => Fixture.WithDbAsync(query);
}

public abstract class BlogApiTest(BlogApiFixture fixture) : BlogApiTest<BlogApiFixture>(fixture);

/// <summary>A test class on the PostgreSQL blog API: the database is reset only when ADMINPORTAL_TEST_POSTGRES is set (its
/// tests are skipped otherwise).</summary>
public abstract class PostgresBlogApiTest(PostgresBlogApiFixture fixture) : BlogApiTest<PostgresBlogApiFixture>(fixture)
{
    public override Task InitializeAsync() =>
        TestBuildingBlocks.Database.PostgresServer.IsConfigured ? base.InitializeAsync() : Task.CompletedTask;
}
