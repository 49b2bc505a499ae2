using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Assignments;

/// <summary>
/// Agent and team assignments of menus, validated by <see cref="AssignmentRules"/>. One assignment per menu + agent/team +
/// lang + channel_type (a second one is a conflict). Assignments are removed for good; deleted menus and teams accept no new ones.
/// </summary>
public sealed partial class AssignmentService(AdminPortalDbContext db, TeamMembership membership) : IAssignmentService
{
    public const string Direct = "direct";

    public async Task<AgentAssignment> AssignAgentAsync(
        Actor actor,
        Guid menuId,
        Guid agentId,
        AgentAssignmentDetails details,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        var valid = AssignmentRules.Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var menu = await FindMenuAsync(menuId, cancellationToken);
            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Agent), agentId);
            await EnsureNoAgentDuplicateAsync(menu, agent, valid.Lang, valid.ChannelType, null, cancellationToken);
            var assignment = new AgentAssignment
            {
                OrganisationId = actor.OrganisationId,
                MenuId = menu.Id,
                AgentId = agent.Id,
                Lang = valid.Lang,
                QueueLevel = valid.QueueLevel,
                ChannelType = valid.ChannelType,
                SkillLevel = valid.SkillLevel,
            };
            db.AgentAssignments.Add(assignment);
            await SaveAsync(cancellationToken);
            return assignment;
        }, cancellationToken);
    }

    public async Task<AgentAssignment> UpdateAgentAssignmentAsync(
        Actor actor,
        Guid assignmentId,
        AgentAssignmentDetails details,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        var valid = AssignmentRules.Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var assignment = await db.AgentAssignments.Include(a => a.Menu).Include(a => a.Agent)
                .FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(AgentAssignment), assignmentId);
            await EnsureNoAgentDuplicateAsync(assignment.Menu!, assignment.Agent!, valid.Lang, valid.ChannelType, assignment.Id, cancellationToken);
            assignment.Lang = valid.Lang;
            assignment.QueueLevel = valid.QueueLevel;
            assignment.ChannelType = valid.ChannelType;
            assignment.SkillLevel = valid.SkillLevel;
            await SaveAsync(cancellationToken);
            return assignment;
        }, cancellationToken);
    }

    public async Task RemoveAgentAssignmentAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        await db.InTransactionAsync(async () =>
        {
            var assignment = await db.AgentAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(AgentAssignment), assignmentId);
            db.AgentAssignments.Remove(assignment);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<TeamAssignment> AssignTeamAsync(
        Actor actor,
        Guid menuId,
        Guid teamId,
        TeamAssignmentDetails details,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        var valid = AssignmentRules.Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var menu = await FindMenuAsync(menuId, cancellationToken);
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId && !t.Deleted, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Team), teamId);
            await EnsureNoTeamDuplicateAsync(menu, team, valid.Lang, valid.ChannelType, null, cancellationToken);
            var assignment = new TeamAssignment
            {
                OrganisationId = actor.OrganisationId,
                MenuId = menu.Id,
                TeamId = team.Id,
                Lang = valid.Lang,
                QueueLevel = valid.QueueLevel,
                ChannelType = valid.ChannelType,
            };
            db.TeamAssignments.Add(assignment);
            await SaveAsync(cancellationToken);
            return assignment;
        }, cancellationToken);
    }

    public async Task<TeamAssignment> UpdateTeamAssignmentAsync(
        Actor actor,
        Guid assignmentId,
        TeamAssignmentDetails details,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        var valid = AssignmentRules.Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var assignment = await db.TeamAssignments.Include(a => a.Menu).Include(a => a.Team)
                .FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(TeamAssignment), assignmentId);
            await EnsureNoTeamDuplicateAsync(assignment.Menu!, assignment.Team!, valid.Lang, valid.ChannelType, assignment.Id, cancellationToken);
            assignment.Lang = valid.Lang;
            assignment.QueueLevel = valid.QueueLevel;
            assignment.ChannelType = valid.ChannelType;
            await SaveAsync(cancellationToken);
            return assignment;
        }, cancellationToken);
    }

    public async Task RemoveTeamAssignmentAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        await db.InTransactionAsync(async () =>
        {
            var assignment = await db.TeamAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(TeamAssignment), assignmentId);
            db.TeamAssignments.Remove(assignment);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<AgentAssignment> MoveAgentAssignmentAsync(Actor actor, Guid assignmentId, Guid menuId, Guid agentId,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        return await db.InTransactionAsync(async () =>
        {
            var assignment = await db.AgentAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(AgentAssignment), assignmentId);
            var menu = await FindMenuAsync(menuId, cancellationToken);
            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Agent), agentId);
            await EnsureNoAgentDuplicateAsync(menu, agent, assignment.Lang, assignment.ChannelType, assignment.Id, cancellationToken);
            assignment.MenuId = menu.Id;
            assignment.AgentId = agent.Id;
            await SaveAsync(cancellationToken);
            return assignment;
        }, cancellationToken);
    }

    public async Task<TeamAssignment> MoveTeamAssignmentAsync(Actor actor, Guid assignmentId, Guid menuId, Guid teamId,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        return await db.InTransactionAsync(async () =>
        {
            var assignment = await db.TeamAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(TeamAssignment), assignmentId);
            var menu = await FindMenuAsync(menuId, cancellationToken);
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId && !t.Deleted, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Team), teamId);
            await EnsureNoTeamDuplicateAsync(menu, team, assignment.Lang, assignment.ChannelType, assignment.Id, cancellationToken);
            assignment.MenuId = menu.Id;
            assignment.TeamId = team.Id;
            await SaveAsync(cancellationToken);
            return assignment;
        }, cancellationToken);
    }

    /// <summary>
    /// Direct assignments first (<see cref="EffectiveAgent.Via"/> = "direct"), then the members of assigned teams that are not deleted,
    /// sub-teams included (Via = the assigned team's name, SkillLevel null); each agent + lang + channel once.
    /// </summary>
    public async Task<IReadOnlyList<EffectiveAgent>> EffectiveAgentsAsync(Guid menuId, CancellationToken cancellationToken = default)
    {
        if (!await db.Menus.AnyAsync(m => m.Id == menuId, cancellationToken))
        {
            throw new EntityNotFoundException(nameof(Menu), menuId);
        }

        var direct = await db.AgentAssignments.AsNoTracking()
            .Where(a => a.MenuId == menuId && a.Agent!.DeactivatedAt == null)
            .Select(a => new { a.AgentId, a.Agent!.FirstName, a.Agent.MiddleName, a.Agent.LastName, a.Lang, a.ChannelType, a.QueueLevel, a.SkillLevel })
            .ToListAsync(cancellationToken);
        var teamAssignments = await db.TeamAssignments.AsNoTracking()
            .Where(a => a.MenuId == menuId && !a.Team!.Deleted)
            .OrderBy(a => a.Team!.Name)
            .Select(a => new { a.TeamId, TeamName = a.Team!.Name, a.Lang, a.ChannelType, a.QueueLevel })
            .ToListAsync(cancellationToken);

        var result = new List<EffectiveAgent>();
        var seen = new HashSet<(Guid, string, string)>();
        foreach (var a in direct.OrderBy(a => a.LastName).ThenBy(a => a.FirstName))
        {
            if (seen.Add((a.AgentId, a.Lang, a.ChannelType)))
            {
                result.Add(new EffectiveAgent(a.AgentId, AgentName.Of(a.FirstName, a.MiddleName, a.LastName), a.Lang, a.ChannelType, a.QueueLevel, a.SkillLevel, Direct));
            }
        }

        foreach (var assignment in teamAssignments)
        {
            var teams = await membership.WithSubTeamsAsync([assignment.TeamId], cancellationToken);
            var members = await db.Agents.AsNoTracking().Active()
                .Where(a => a.Teams.Any(t => teams.Contains(t.Id) && !t.Deleted))
                .OrderBy(a => a.LastName).ThenBy(a => a.FirstName)
                .Select(a => new { a.Id, a.FirstName, a.MiddleName, a.LastName })
                .ToListAsync(cancellationToken);
            foreach (var m in members.Where(m => seen.Add((m.Id, assignment.Lang, assignment.ChannelType))))
            {
                result.Add(new EffectiveAgent(
                    m.Id, AgentName.Of(m.FirstName, m.MiddleName, m.LastName), assignment.Lang, assignment.ChannelType, assignment.QueueLevel, null, assignment.TeamName));
            }
        }

        return result;
    }

    private async Task EnsureNoAgentDuplicateAsync(Menu menu, Agent agent, string lang, string channelType, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.AgentAssignments.AnyAsync(
            a => a.MenuId == menu.Id && a.AgentId == agent.Id && a.Lang == lang && a.ChannelType == channelType && a.Id != except,
            cancellationToken))
        {
            throw new ConflictException($"{agent.Name} is already assigned to '{menu.Name}' for {lang} {channelType}.");
        }
    }

    private async Task EnsureNoTeamDuplicateAsync(Menu menu, Team team, string lang, string channelType, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.TeamAssignments.AnyAsync(
            a => a.MenuId == menu.Id && a.TeamId == team.Id && a.Lang == lang && a.ChannelType == channelType && a.Id != except,
            cancellationToken))
        {
            throw new ConflictException($"Team '{team.Name}' is already assigned to '{menu.Name}' for {lang} {channelType}.");
        }
    }

    private async Task<Menu> FindMenuAsync(Guid menuId, CancellationToken cancellationToken) =>
        await db.Menus.FirstOrDefaultAsync(m => m.Id == menuId && !m.Deleted, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Menu), menuId);

    /// <summary>A duplicate inserted concurrently trips the unique index: still a conflict, not a 500.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            throw new ConflictException("This assignment already exists.");
        }
    }
}
