using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>On SQLite (one host) the in-process feed keeps the same promise: only committed changes are announced.</summary>
public sealed class SqliteFeedTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public Task A_rolled_back_atomic_batch_is_never_announced() =>
        RolledBackBatches.AreNeverAnnouncedAsync(host, host.Services.GetRequiredService<IStatusFeed>());
}
