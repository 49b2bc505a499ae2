using System.Globalization;
using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Api.Auth;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// <c>rotate-signing-key [--force] [configuration]</c>: replaces the generated signing key of the host's tokens (in the
/// database on PostgreSQL, in the data folder on SQLite) with a new one, on the configured database, and exits. Running
/// hosts sign with the new key within <c>Auth:SigningKeyRefresh</c> and accept the previous one until every token it can
/// have signed has expired. A second rotation while the previous key is still accepted would end those tokens early, so it
/// needs <c>--force</c> (after a leak, say).
/// </summary>
public static class RotateSigningKeyCommand
{
    public const string Name = "rotate-signing-key";

    public const string Usage =
        "Usage: dotnet run --project src/AdminPortal.Web -- rotate-signing-key [--force] [configuration, e.g. --Database:Provider Postgres]";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.Out, Console.Error);
        return true;
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var force = args.Contains("--force");
        if (args.Any(a => a is "--help" or "-h"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. args.Where(a => a != "--force")] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical);
        builder.Services.AddDomain(builder.Configuration);
        builder.Services.AddOptions<ApiAuthOptions>().BindConfiguration(ApiAuthOptions.Section);
        using var host = builder.Build();
        var auth = host.Services.GetRequiredService<IOptions<ApiAuthOptions>>().Value;
        var clock = host.Services.GetRequiredService<TimeProvider>();
        try
        {
            var store = SigningKeys.Store(host.Services);
            if (store is DatabaseSigningKeys)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
                await using (await StartupLock.AcquireAsync(db, cancellationToken))
                {
                    await HostingSetup.MigrateAsync(db, cancellationToken);
                }
            }

            var before = store.Load();
            if (!force && before.RotatedAt is { } lastRotation
                && SigningKeyRing.PreviousAcceptedUntil(DateTime.SpecifyKind(lastRotation, DateTimeKind.Utc), auth) is var until
                && until > clock.GetUtcNow().UtcDateTime)
            {
                await error.WriteLineAsync(
                    $"The key before the current one is accepted until {Format(until)}: rotating again now would end the tokens it signed " +
                    "early. Wait until then, or pass --force (e.g. after the key leaked).");
                return 1;
            }

            var after = await store.RotateAsync(cancellationToken);
            var rotatedAt = DateTime.SpecifyKind(after.RotatedAt ?? clock.GetUtcNow().UtcDateTime, DateTimeKind.Utc);
            await output.WriteLineAsync($"The signing key is rotated: new tokens are signed with key {SigningKeyRing.KeyIdOf(after.Current)}.");
            await output.WriteLineAsync(
                $"Running hosts take it within {auth.SigningKeyRefresh.TotalSeconds:0} s and accept tokens signed with the previous key " +
                $"until {Format(SigningKeyRing.PreviousAcceptedUntil(rotatedAt, auth))}.");
            return 0;
        }
        catch (SigningKeyRotationRefused refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
