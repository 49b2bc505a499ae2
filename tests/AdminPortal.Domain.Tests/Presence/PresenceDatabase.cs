using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Presence;

/// <summary>A SQLite database whose services run on a clock the tests move, with the default 60 s grace period.</summary>
public sealed class PresenceDatabase : SqliteTestDatabase
{
    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
