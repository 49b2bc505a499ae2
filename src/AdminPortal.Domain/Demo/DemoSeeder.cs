using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Seeding;
using AdminPortal.Domain.Statuses;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdminPortal.Domain.Demo;

/// <summary>What the demo organisation is filled with; passwords are plain here and hashed once.</summary>
public sealed record DemoSeedRequest(string AdminEmail, string AdminPassword, string AgentPassword, int Agents);

public sealed record DemoSeedResult(Organisation Organisation, SeedCounts Counts, TimeSpan Elapsed);

/// <summary>
/// Fills an empty database with the demo organisation: the seed examples' cast (<see cref="DemoCast"/>) plus
/// generated agents, teams, menus, assignments and 30 days of history, all in one transaction.
/// A database that already holds an organisation is left alone.
/// </summary>
public sealed class DemoSeeder(AdminPortalDbContext db, TimeProvider clock, IOptions<OrganisationDefaults> defaults)
{
    public const int HistoryDays = 30;

    /// <summary>Creates the demo organisation when the database has none; null when it had one already.</summary>
    public async Task<DemoSeedResult?> SeedIfEmptyAsync(DemoSeedRequest request, CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return null;
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var organisation = new Organisation
        {
            Name = DemoCast.OrganisationName,
            Subdomain = DemoCast.Subdomain,
            ApiRateLimitPerSecond = defaults.Value.ApiRateLimitPerSecond,
            CreatedAt = now.AddDays(-400),
        };
        var builtIn = BuiltInStatuses.All.Select(s => s.CreateFor(organisation.Id)).ToList();
        db.Organisations.Add(organisation);
        db.UserStatuses.AddRange(builtIn);
        await db.SaveChangesAsync(cancellationToken);

        var custom = DemoCast.CustomStatuses(organisation.Id);
        var statuses = new StatusSet(builtIn.Concat(custom));
        var hasher = new PasswordHasher<Agent>();
        var adminHash = hasher.HashPassword(null!, request.AdminPassword);
        var agentHash = hasher.HashPassword(null!, request.AgentPassword);

        var workforce = new DemoCast(organisation.Id, request.AdminEmail, adminHash, agentHash, now).Create(statuses, custom);
        workforce.Add(new WorkforceGenerator(organisation.Id, statuses, new WorkforceSettings
        {
            Agents = request.Agents,
            Teams = Math.Max(3, request.Agents / 12),
            Menus = Math.Max(4, request.Agents / 10),
            EmailDomain = "deathstar.example.com",
            PasswordHash = agentHash,
            Now = now,
        }).Generate());
        SiblingNames.MakeUnique(workforce);

        var counts = await new WorkforceWriter(db).WriteAsync(workforce, statuses, new HistorySettings
        {
            Days = HistoryDays,
            SegmentsPerShift = 8,
            OperatorStatusDays = HistoryDays,
            Now = now,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DemoSeedResult(organisation, counts, stopwatch.Elapsed);
    }
}
