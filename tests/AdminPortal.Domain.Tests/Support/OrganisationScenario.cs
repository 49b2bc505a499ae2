using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Support;

/// <summary>An organisation with its built-in statuses and an admin; adds agents in a given status and teams directly in the database.</summary>
internal sealed class OrganisationScenario
{
    /// <summary>Numbers of generated agents start far above the hand-written ones of the tests (Agent No.111–113), which they
    /// would otherwise reach, depending on the order the tests run in, and collide with in one organisation.</summary>
    private static int _agentNumbers = 100_000;
    private readonly TestDatabase _database;
    private readonly DateTime _start;

    private OrganisationScenario(TestDatabase database, Organisation organisation, Dictionary<string, UserStatus> statuses, DateTime start)
    {
        _database = database;
        Organisation = organisation;
        Statuses = statuses;
        _start = start;
    }

    public Organisation Organisation { get; }

    public Dictionary<string, UserStatus> Statuses { get; }

    public Agent AdminAgent { get; private set; } = null!;

    public Actor Admin => ActorFor(AdminAgent);

    public Actor System => Actor.System(Organisation.Id);

    public static async Task<OrganisationScenario> CreateAsync(TestDatabase database)
    {
        var organisation = await database.CreateOrganisationAsync();
        await using var scope = database.ActAs(organisation.Id);
        var statuses = await scope.Db.UserStatuses.AsNoTracking().ToDictionaryAsync(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var start = DateTime.UtcNow.AddHours(-1);
        var scenario = new OrganisationScenario(database, organisation, statuses, new DateTime(start.Ticks - (start.Ticks % 10), DateTimeKind.Utc));
        scenario.AdminAgent = await scenario.AddAgentAsync("Ada", "Admin", BuiltInStatuses.Available.Name, AgentRole.Admin);
        return scenario;
    }

    public TenantScope Scope() => _database.ActAs(Organisation.Id);

    public static Actor ActorFor(Agent agent) => new(agent.OrganisationId, agent.Id, agent.Role);

    /// <summary>An agent currently in <paramref name="status"/> since an hour ago, with the open activity interval of that status.</summary>
    public async Task<Agent> AddAgentAsync(
        string firstName,
        string lastName,
        string status,
        AgentRole role = AgentRole.Agent,
        string? email = null,
        SessionOrigin origin = SessionOrigin.Api,
        params Team[] teams)
    {
        await using var scope = Scope();
        var userStatus = Statuses[status];
        var offline = userStatus.Category == StatusCategory.Offline;
        var agent = new Agent
        {
            OrganisationId = Organisation.Id,
            FirstName = firstName,
            LastName = lastName,
            Email = email ?? $"{firstName}.{lastName}.{Guid.NewGuid():N}@example.com".Replace(' ', '.').ToLowerInvariant(),
            AgentNumber = $"Agent No.{Interlocked.Increment(ref _agentNumbers)}",
            Role = role,
            StatusId = userStatus.Id,
            StatusUpdatedAt = _start,
            SessionOrigin = offline ? SessionOrigin.None : origin,
        };
        scope.Db.Agents.Add(agent);
        foreach (var team in teams)
        {
            var tracked = await scope.Db.Teams.FirstAsync(t => t.Id == team.Id);
            tracked.Agents.Add(agent);
        }

        scope.Db.AgentActivityLogs.Add(new AgentActivityLog
        {
            OrganisationId = Organisation.Id,
            AgentId = agent.Id,
            Activity = offline ? Activities.Logout : Activities.Login,
            StartedAt = _start,
            StatusId = userStatus.Id,
        });
        await scope.Db.SaveChangesAsync();
        return agent;
    }

    public async Task<Team> AddTeamAsync(string name, Team? parent = null, bool deleted = false)
    {
        await using var scope = Scope();
        var team = new Team { OrganisationId = Organisation.Id, Name = name, ParentId = parent?.Id, Deleted = deleted };
        scope.Db.Teams.Add(team);
        await scope.Db.SaveChangesAsync();
        return team;
    }

    public async Task<Menu> AddMenuAsync(string name, Menu? parent = null)
    {
        await using var scope = Scope();
        var menu = new Menu { OrganisationId = Organisation.Id, Name = name, ParentId = parent?.Id };
        scope.Db.Menus.Add(menu);
        await scope.Db.SaveChangesAsync();
        return menu;
    }

    public async Task<UserStatus> AddCustomStatusAsync(string name, StatusCategory category = StatusCategory.Away, bool deleted = false)
    {
        await using var scope = Scope();
        var status = new UserStatus { OrganisationId = Organisation.Id, Name = name, Color = "orange", Category = category, Deleted = deleted, Position = 20 };
        scope.Db.UserStatuses.Add(status);
        await scope.Db.SaveChangesAsync();
        if (!deleted)
        {
            Statuses[name] = status;
        }

        return status;
    }

    public async Task<Agent> ReloadAsync(Agent agent)
    {
        await using var scope = Scope();
        return await scope.Db.Agents.AsNoTracking().Include(a => a.Status).FirstAsync(a => a.Id == agent.Id);
    }

    public async Task<List<AgentActivityLog>> ActivityOfAsync(Agent agent)
    {
        await using var scope = Scope();
        return await scope.Db.AgentActivityLogs.AsNoTracking()
            .Where(l => l.AgentId == agent.Id)
            .OrderBy(l => l.StartedAt)
            .ToListAsync();
    }

    public async Task<List<OperatorStatus>> StatusRowsOfAsync(Agent agent)
    {
        await using var scope = Scope();
        return await scope.Db.OperatorStatuses.AsNoTracking()
            .Where(s => s.SipUserId == agent.Id)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync();
    }
}
