using System.Globalization;
using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Seeding;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// <c>seed --agents N --teams N --menus N --days N [--organisation NAME] [--agent-password P]</c>: fills a new
/// organisation for scale tests on the configured database (same configuration as the host), prints the counts, then exits.
/// </summary>
public static class SeedCommand
{
    public const string Usage =
        "Usage: dotnet run --project src/AdminPortal.Web -- seed [--agents 10000] [--teams 500] [--menus 1000] [--days 30] " +
        "[--organisation NAME] [--agent-password PASSWORD] [--segments-per-shift 2] [configuration, e.g. --Database:Provider Postgres]";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "seed")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.Out, Console.Error);
        return true;
    }

    /// <summary>Runs the seed command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var options, out var configurationArgs, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configurationArgs });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical);
        builder.Services.AddDomain(builder.Configuration);
        builder.Services.AddScoped<ScaleSeeder>();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();

        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        await output.WriteLineAsync($"Seeding {options.Agents:N0} agents, {options.Teams:N0} teams, {options.Menus:N0} menus and {options.Days} days of history on {provider}...");
        try
        {
            await using (await StartupLock.AcquireAsync(db, cancellationToken))
            {
                await HostingSetup.MigrateAsync(db, cancellationToken);
            }

            var result = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(options, cancellationToken);
            await QueryPlannerStatistics.RefreshAsync(db, cancellationToken);
            var seconds = Math.Max(result.Elapsed.TotalSeconds, 0.001);
            await output.WriteLineAsync($"Organisation '{result.Organisation.Name}' (subdomain {result.Organisation.Subdomain}, id {result.Organisation.Id})");
            await output.WriteLineAsync($"Wrote {result.Counts}");
            if (result.AdminEmail is { } adminEmail)
            {
                var password = options.AgentPassword is { Length: > 0 } ? $" / {options.AgentPassword}" : " (no password: pass --agent-password to sign in)";
                await output.WriteLineAsync($"Admin sign-in: {adminEmail}{password}");
            }

            await output.WriteLineAsync($"{result.Counts.Total:N0} rows in {seconds:N1} s ({result.Counts.Total / seconds:N0} rows/s)");
            return 0;
        }
        catch (DomainException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    internal static bool TryParse(string[] args, out ScaleSeedOptions options, out string[] configurationArgs, out string problem)
    {
        options = new ScaleSeedOptions();
        configurationArgs = [];
        var rest = new List<string>();
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (name)
            {
                case "--agents" or "--teams" or "--menus" or "--days" or "--segments-per-shift":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < 0)
                    {
                        problem = $"{name} needs a whole number of 0 or more (got '{text}').";
                        return false;
                    }

                    options = name switch
                    {
                        "--agents" => options with { Agents = number },
                        "--teams" => options with { Teams = number },
                        "--menus" => options with { Menus = number },
                        "--days" => options with { Days = number },
                        _ => options with { SegmentsPerShift = number },
                    };
                    break;
                case "--organisation" or "--organization":
                    options = options with { Organisation = Value() ?? string.Empty };
                    break;
                case "--agent-password":
                    options = options with { AgentPassword = Value() };
                    break;
                case "--help" or "-h":
                    problem = "Fills a new organisation with generated data for scale tests.";
                    return false;
                default:
                    rest.Add(name);
                    break;
            }
        }

        configurationArgs = [.. rest];
        return true;
    }
}
