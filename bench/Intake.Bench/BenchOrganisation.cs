using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench;

/// <summary>A fresh database with one organisation: menus, available agents and the domain services around it.</summary>
internal sealed class BenchOrganisation(ServiceProvider services, Guid organisationId, IReadOnlyList<Guid> agents, IReadOnlyList<Guid> menus) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;
    public Guid OrganisationId { get; } = organisationId;
    public IReadOnlyList<Guid> Agents { get; } = agents;
    public IReadOnlyList<Guid> Menus { get; } = menus;

    public static async Task<BenchOrganisation> CreateAsync(DatabaseProvider provider, string connectionString, int agentCount, int menuCount)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:Provider"] = provider.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddDomain(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationProvisioning>().CreateAsync("Intake bench", $"bench-{Guid.NewGuid():N}");
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(organisation.Id);
        var available = await db.UserStatuses.Where(s => s.BuiltInId == BuiltInStatuses.Available.BuiltInId).Select(s => s.Id).SingleAsync();
        var agents = Enumerable.Range(1, agentCount).Select(i => new Agent
        {
            OrganisationId = organisation.Id,
            Email = $"agent{i}@bench.example.com",
            FirstName = "Agent",
            LastName = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StatusId = available,
        }).ToList();
        var menus = Enumerable.Range(1, menuCount).Select(i => new Menu { OrganisationId = organisation.Id, Name = $"Queue {i}" }).ToList();
        db.Agents.AddRange(agents);
        db.Menus.AddRange(menus);
        await db.SaveChangesAsync();
        return new BenchOrganisation(services, organisation.Id, [.. agents.Select(a => a.Id)], [.. menus.Select(m => m.Id)]);
    }

    /// <summary>A scope acting as the organisation, as a request of its phone system would.</summary>
    public AsyncServiceScope Scope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(OrganisationId);
        return scope;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
