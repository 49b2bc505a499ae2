using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Credentials;

/// <summary>A SQLite database whose services run on a clock the tests move, with a configured default rate limit of 7.</summary>
public sealed class ClockedDatabase : SqliteTestDatabase
{
    public const int DefaultRateLimit = 7;

    public ManualTimeProvider Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() =>
        [new("Api:DefaultRateLimitPerSecond", DefaultRateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
