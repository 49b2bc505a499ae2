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
