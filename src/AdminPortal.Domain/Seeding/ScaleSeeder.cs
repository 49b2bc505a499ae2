using System.Diagnostics;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Seeding;

/// <summary>What the scale generator makes: a new organisation of this size.</summary>
public sealed record ScaleSeedOptions
{
    public int Agents { get; init; } = 10_000;
    public int Teams { get; init; } = 500;
    public int Menus { get; init; } = 1_000;
    public int Days { get; init; } = 30;

    /// <summary>The new organisation's name (default: "Scale test" and the time).</summary>
    public string? Organisation { get; init; }

    /// <summary>When set, every generated agent can sign in with this password.</summary>
    public string? AgentPassword { get; init; }

    /// <summary>Status intervals per shift; history rows ≈ agents × working days × (this + 2).</summary>
    public int SegmentsPerShift { get; init; } = 2;

    public int Seed { get; init; } = 4242;
}

/// <summary>What was written; <paramref name="AdminEmail"/> is the generated agent made the organisation's admin.</summary>
public sealed record ScaleSeedResult(Organisation Organisation, SeedCounts Counts, TimeSpan Elapsed, string? AdminEmail);

/// <summary>Fills a new organisation with generated agents, teams, menus, assignments and history, in bulk.</summary>
public sealed class ScaleSeeder(AdminPortalDbContext db, OrganisationProvisioning provisioning, TimeProvider clock)
{
    public async Task<ScaleSeedResult> SeedAsync(ScaleSeedOptions options, CancellationToken cancellationToken = default)
    {
        Validate(options);
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var name = string.IsNullOrWhiteSpace(options.Organisation) ? $"Scale test {now:yyyy-MM-dd HH:mm:ss}" : options.Organisation.Trim();
        var subdomain = $"{Slug(name)}-{Guid.NewGuid().ToString("N")[..6]}";
        var organisation = await provisioning.CreateAsync(name, subdomain, cancellationToken: cancellationToken);

        var statuses = new StatusSet(await db.UserStatuses.IgnoreQueryFilters()
            .Where(s => s.OrganisationId == organisation.Id).ToListAsync(cancellationToken));
        var passwordHash = options.AgentPassword is { Length: > 0 } password
            ? new PasswordHasher<Agent>().HashPassword(null!, password)
            : null;
        var workforce = new WorkforceGenerator(organisation.Id, statuses, new WorkforceSettings
        {
            Agents = options.Agents,
            Teams = options.Teams,
            Menus = options.Menus,
            EmailDomain = $"{subdomain}.example.com",
            PasswordHash = passwordHash,
            Now = now,
            Seed = options.Seed,
        }).Generate();
        var admin = workforce.Agents.FirstOrDefault();
        if (admin is not null)
        {
            admin.Role = AgentRole.Admin;
        }

        var counts = await new WorkforceWriter(db).WriteAsync(workforce, statuses, new HistorySettings
        {
            Days = options.Days,
            SegmentsPerShift = options.SegmentsPerShift,
            OperatorStatusDays = 1,
            Now = now,
            Seed = options.Seed,
        }, cancellationToken);
        return new ScaleSeedResult(organisation, counts, stopwatch.Elapsed, admin?.Email);
    }

    private static void Validate(ScaleSeedOptions options)
    {
        var errors = new Dictionary<string, string>();
        Check(errors, "agents", options.Agents, 0, 1_000_000);
        Check(errors, "teams", options.Teams, 0, 100_000);
        Check(errors, "menus", options.Menus, 0, 100_000);
        Check(errors, "days", options.Days, 1, 3_650);
        Check(errors, "segments_per_shift", options.SegmentsPerShift, 1, 100);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private static void Check(Dictionary<string, string> errors, string member, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors[member] = $"{member} must be between {min} and {max}.";
        }
    }

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "scale" : slug[..Math.Min(slug.Length, 40)];
    }
}
