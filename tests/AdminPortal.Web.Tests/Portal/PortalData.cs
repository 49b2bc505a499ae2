using AdminPortal.Domain.Entities;
using Bogus;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Portal;

/// <summary>Rows of one test organisation, written straight to the database; times are relative to the test clock.</summary>
public sealed class PortalData(PortalDatabase database, Guid organisationId, TimeProvider clock)
{
    public Guid OrganisationId { get; } = organisationId;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<UserStatus> StatusAsync(string name)
    {
        await using var scope = database.ActAs(OrganisationId);
        return await scope.Db.UserStatuses.AsNoTracking().SingleAsync(s => s.Name == name);
    }

    public async Task<UserStatus> AddStatusAsync(string name, string color)
    {
        await using var scope = database.ActAs(OrganisationId);
        var status = new UserStatus { OrganisationId = OrganisationId, Name = name, Color = color, WfmId = 77, Category = StatusCategory.Away, Position = 20 };
        scope.Db.UserStatuses.Add(status);
        await scope.Db.SaveChangesAsync();
        return status;
    }

    public async Task<Agent> AddAgentAsync(
        string firstName, string lastName, string status = "Available", TimeSpan? inStatus = null, string? location = null, AgentRole role = AgentRole.Agent)
    {
        var statusId = (await StatusAsync(status)).Id;
        await using var scope = database.ActAs(OrganisationId);
        var agent = new Agent
        {
            OrganisationId = OrganisationId,
            Email = $"{firstName}.{lastName}.{Guid.NewGuid():N}@example.com".ToLowerInvariant(),
            FirstName = firstName,
            LastName = lastName,
            Role = role,
            Location = location,
            StatusId = statusId,
            StatusUpdatedAt = Now - (inStatus ?? TimeSpan.FromMinutes(1)),
        };
        scope.Db.Agents.Add(agent);
        await scope.Db.SaveChangesAsync();
        return agent;
    }

    /// <summary>
    /// Adds <paramref name="count"/> made-up agents (<see cref="AgentFaker"/>, the same on every run) in
    /// <paramref name="status"/>; <paramref name="configure"/> sets what the test looks at.
    /// </summary>
    public async Task<IReadOnlyList<Agent>> AddAgentsAsync(int count, string status = "Available", Action<Faker<Agent>>? configure = null)
    {
        var faker = AgentFaker.For(OrganisationId, (await StatusAsync(status)).Id)
            .RuleFor(a => a.StatusUpdatedAt, Now - TimeSpan.FromMinutes(1));
        configure?.Invoke(faker);
        var agents = faker.Generate(count);
        await using var scope = database.ActAs(OrganisationId);
        scope.Db.Agents.AddRange(agents);
        await scope.Db.SaveChangesAsync();
        return agents;
    }

    public async Task<Team> AddTeamAsync(string name, Guid? parentId = null, params Agent[] members)
    {
        await using var scope = database.ActAs(OrganisationId);
        var team = new Team { OrganisationId = OrganisationId, Name = name, ParentId = parentId };
        var ids = members.Select(m => m.Id).ToList();
        team.Agents.AddRange(await scope.Db.Agents.Where(a => ids.Contains(a.Id)).ToListAsync());
        scope.Db.Teams.Add(team);
        await scope.Db.SaveChangesAsync();
        return team;
    }

    public async Task<Menu> AddMenuAsync(string name, Guid? parentId = null, MenuType type = MenuType.IvrMenu, bool hidden = false)
    {
        await using var scope = database.ActAs(OrganisationId);
        var menu = new Menu { OrganisationId = OrganisationId, Name = name, ParentId = parentId, MenuType = type, Hidden = hidden, OutputMsg = $"Welcome to {name}" };
        scope.Db.Menus.Add(menu);
        await scope.Db.SaveChangesAsync();
        return menu;
    }

    public async Task<TeamAssignment> AssignTeamAsync(Menu menu, Team team, string lang = "en", string channel = "voice_call", string level = "primary")
    {
        await using var scope = database.ActAs(OrganisationId);
        var assignment = new TeamAssignment { OrganisationId = OrganisationId, MenuId = menu.Id, TeamId = team.Id, Lang = lang, ChannelType = channel, QueueLevel = level };
        scope.Db.TeamAssignments.Add(assignment);
        await scope.Db.SaveChangesAsync();
        return assignment;
    }

    public async Task<AgentAssignment> AssignAgentAsync(Menu menu, Agent agent, string lang = "en", int skill = 5)
    {
        await using var scope = database.ActAs(OrganisationId);
        var assignment = new AgentAssignment { OrganisationId = OrganisationId, MenuId = menu.Id, AgentId = agent.Id, Lang = lang, SkillLevel = skill };
        scope.Db.AgentAssignments.Add(assignment);
        await scope.Db.SaveChangesAsync();
        return assignment;
    }

    public async Task AddActivityAsync(Agent agent, string activity, DateTime startedAt, TimeSpan? duration, string? status = null)
    {
        var statusId = status is null ? (Guid?)null : (await StatusAsync(status)).Id;
        await using var scope = database.ActAs(OrganisationId);
        scope.Db.AgentActivityLogs.Add(new AgentActivityLog
        {
            OrganisationId = OrganisationId,
            AgentId = agent.Id,
            Activity = activity,
            StartedAt = startedAt,
            EndedAt = duration is { } d ? startedAt + d : null,
            Duration = duration?.TotalSeconds,
            StatusId = statusId,
        });
        await scope.Db.SaveChangesAsync();
    }
}
