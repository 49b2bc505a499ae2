using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Queues;

/// <summary>A database whose services run on a clock the tests move (queue times are measured against it).</summary>
public interface IClockedDatabase
{
    ManualTimeProvider Clock { get; }
}

public sealed class ClockedSqliteDatabase : SqliteTestDatabase, IClockedDatabase
{
    public ManualTimeProvider Clock { get; } = new(StartOfTheSecond());

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    internal static DateTimeOffset StartOfTheSecond()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}

public sealed class ClockedPostgresDatabase : PostgresTestCluster, IClockedDatabase
{
    public ManualTimeProvider Clock { get; } = new(ClockedSqliteDatabase.StartOfTheSecond());

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
