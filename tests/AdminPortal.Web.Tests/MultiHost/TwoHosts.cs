using AdminPortal.Domain.Data;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Statuses.Feed;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>
/// Two hosts on one PostgreSQL database, as two processes behind a proxy would run: <see cref="A"/> (with the API
/// helpers) and <see cref="B"/>. Neither is given <c>Auth:SigningKey</c>, so their tokens rest on the key they share
/// through the database; each has its own data folder, so nothing is shared through files.
/// </summary>
public sealed class TwoHosts : IAsyncLifetime
{
    /// <summary>No configured key; a rotated key reaches every host within a second.</summary>
    public static readonly IReadOnlyDictionary<string, string?> NoSigningKey = new Dictionary<string, string?>
    {
        ["Auth:SigningKey"] = "",
        ["Auth:SigningKeyRefresh"] = "00:00:01",
    };

    public FirstHost A { get; } = new();

    public AdminPortalHostFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!PostgresTestCluster.IsConfigured)
        {
            return;
        }

        await A.InitializeAsync();
        B = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            Database = DatabaseProvider.Postgres,
            PostgresConnectionString = A.ConnectionString,
            DemoAgents = 0,
            Settings = NoSigningKey,
        });
        _ = B.Server;
        await Task.WhenAll(ListeningAsync(A), ListeningAsync(B));
    }

    public static Task ListeningAsync(AdminPortalHostFactory host) =>
        host.Services.GetRequiredService<PostgresFeedListener>().Listening.WaitAsync(TimeSpan.FromSeconds(10));

    public static IStatusFeed FeedOf(AdminPortalHostFactory host) => host.Services.GetRequiredService<IStatusFeed>();

    public HttpClient ClientOfB(string token)
    {
        var client = B.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await A.DisposeAsync();
    }

    /// <summary>The first host: it creates the database, the demo and the fixture's data.</summary>
    public sealed class FirstHost() : ApiHost(new AdminPortalHostOptions { DemoAgents = 0, Database = DatabaseProvider.Postgres, Settings = NoSigningKey });
}
