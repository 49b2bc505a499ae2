using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// Fills an empty database with the demo organisation (when <c>Demo:Enabled</c>) and works out the sign-ins to print:
/// configured passwords first, then the ones generated earlier (kept in the data folder), else new ones.
/// </summary>
public sealed class DemoStartup(AdminPortalDbContext db, DemoSeeder seeder, IConfiguration configuration, ILogger<DemoStartup> logger)
{
    public string? PasswordFile { get; private set; }

    /// <summary>The demo sign-ins, or null when the demo is off or this database holds no demo organisation.</summary>
    public async Task<DemoSignIns?> RunAsync(CancellationToken cancellationToken = default)
    {
        var options = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (!options.Enabled)
        {
            return null;
        }

        if (options.Agents < 0)
        {
            throw new InvalidOperationException("Demo:Agents must be 0 or more.");
        }

        var file = new DemoSignInFile(DataFolder.Locate(configuration));
        var saved = file.Read();
        var adminPassword = NonEmpty(options.AdminPassword) ?? saved.AdminPassword;
        var agentPassword = NonEmpty(options.AgentPassword) ?? saved.AgentPassword;

        if (!await db.Organisations.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            adminPassword ??= DemoPasswords.Generate();
            agentPassword ??= DemoPasswords.Generate();
            var result = await seeder.SeedIfEmptyAsync(new DemoSeedRequest(options.AdminEmail, adminPassword, agentPassword, options.Agents), cancellationToken);
            if (result is not null)
            {
                logger.LogInformation("Demo organisation created in {Elapsed:N1} s: {Counts}", result.Elapsed.TotalSeconds, result.Counts);
            }

            SaveGenerated(file, options, adminPassword, agentPassword);
        }
        else if (!await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Subdomain == DemoCast.Subdomain, cancellationToken))
        {
            return null;
        }

        PasswordFile = File.Exists(file.Path) ? file.Path : null;
        const string unknown = "(set when the database was created)";
        return new DemoSignIns(options.AdminEmail, adminPassword ?? unknown, DemoSignIns.ShownAgentEmail, agentPassword ?? unknown);
    }

    private static void SaveGenerated(DemoSignInFile file, DemoOptions options, string adminPassword, string agentPassword)
    {
        var admin = NonEmpty(options.AdminPassword) is null ? adminPassword : null;
        var agent = NonEmpty(options.AgentPassword) is null ? agentPassword : null;
        if (admin is not null || agent is not null)
        {
            file.Write(new DemoSignInFile.Passwords(admin, agent));
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
