using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Teams;

/// <summary>
/// The team tree. Deleting is soft (<see cref="Team.Deleted"/>): members, assignments and activity stay readable.
/// A team that still has sub-teams (not deleted) can't be deleted: move or delete them first.
/// Deleted teams are treated as missing by every write.
/// </summary>
public sealed class TeamService(AdminPortalDbContext db) : ITeamService
{
    private const int NameMaxLength = 200;

    public async Task<Team> CreateAsync(Actor actor, string name, Guid? parentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        var validName = Trees.RequireName(name, NameMaxLength);
        return await db.InTransactionAsync(async () =>
        {
            if (parentId is { } parent)
            {
                await FindAsync(parent, cancellationToken);
            }

            var last = await db.Teams.Where(t => t.ParentId == parentId && !t.Deleted).MaxAsync(t => (int?)t.Position, cancellationToken);
            var team = new Team { OrganisationId = actor.OrganisationId, Name = validName, ParentId = parentId, Position = (last ?? -1) + 1 };
            db.Teams.Add(team);
            await db.SaveChangesAsync(cancellationToken);
            return team;
        }, cancellationToken);
    }

    public async Task<Team> RenameAsync(Actor actor, Guid teamId, string name, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        var validName = Trees.RequireName(name, NameMaxLength);
        return await db.InTransactionAsync(async () =>
        {
            var team = await FindAsync(teamId, cancellationToken);
            team.Name = validName;
            await db.SaveChangesAsync(cancellationToken);
            return team;
        }, cancellationToken);
    }

    public async Task<Team> MoveAsync(Actor actor, Guid teamId, Guid? newParentId, int? position = null, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        return await db.InTransactionAsync(async () =>
        {
            var team = await FindAsync(teamId, cancellationToken);
            if (newParentId is { } parentId)
            {
                await FindAsync(parentId, cancellationToken);
                var parents = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.ParentId, cancellationToken);
                if (Trees.IsSelfOrDescendant(parentId, team.Id, parents))
                {
                    throw new RuleViolationException(TreeMessages.TeamCycle);
                }
            }

            team.ParentId = newParentId;
            var siblings = await db.Teams
                .Where(t => t.ParentId == newParentId && !t.Deleted && t.Id != team.Id)
                .OrderBy(t => t.Position).ThenBy(t => t.Name)
                .ToListAsync(cancellationToken);
            Trees.Place(siblings, team, position, (t, p) => t.Position = p);
            await db.SaveChangesAsync(cancellationToken);
            return team;
        }, cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, Guid teamId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        await db.InTransactionAsync(async () =>
        {
            var team = await FindAsync(teamId, cancellationToken);
            if (await db.Teams.AnyAsync(t => t.ParentId == team.Id && !t.Deleted, cancellationToken))
            {
                throw new RuleViolationException($"Team '{team.Name}' still has sub-teams; move or delete them first.");
            }

            team.Deleted = true;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task AddMembersAsync(Actor actor, Guid teamId, IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        await db.InTransactionAsync(async () =>
        {
            var team = await FindAsync(teamId, cancellationToken);
            await db.Entry(team).Collection(t => t.Agents).LoadAsync(cancellationToken);
            var wanted = agentIds.Distinct().ToList();
            var agents = await db.Agents.Where(a => wanted.Contains(a.Id)).ToListAsync(cancellationToken);
            if (wanted.FirstOrDefault(id => agents.All(a => a.Id != id)) is var missing && missing != Guid.Empty)
            {
                throw new EntityNotFoundException(nameof(Agent), missing);
            }

            foreach (var agent in agents.Where(a => team.Agents.All(m => m.Id != a.Id)))
            {
                team.Agents.Add(agent);
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RemoveMemberAsync(Actor actor, Guid teamId, Guid agentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        await db.InTransactionAsync(async () =>
        {
            var team = await FindAsync(teamId, cancellationToken);
            await db.Entry(team).Collection(t => t.Agents).LoadAsync(cancellationToken);
            var member = team.Agents.FirstOrDefault(a => a.Id == agentId) ?? throw new EntityNotFoundException(nameof(Agent), agentId);
            team.Agents.Remove(member);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task ChangeMembersAsync(Actor actor, Guid teamId, IReadOnlyCollection<Guid> agentIds, MembershipChange change,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        await db.InTransactionAsync(async () =>
        {
            var team = await FindAsync(teamId, cancellationToken);
            await db.Entry(team).Collection(t => t.Agents).LoadAsync(cancellationToken);
            var named = await FindAllAsync(db.Agents, agentIds, a => a.Id, nameof(Agent), cancellationToken);
            Change(team.Agents, named, a => a.Id, change, keep: _ => false);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task ChangeTeamsOfAgentAsync(Actor actor, Guid agentId, IReadOnlyCollection<Guid> teamIds, MembershipChange change,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage teams");
        await db.InTransactionAsync(async () =>
        {
            var agent = await db.Agents.Include(a => a.Teams).FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Agent), agentId);
            var named = await FindAllAsync(db.Teams.Where(t => !t.Deleted), teamIds, t => t.Id, nameof(Team), cancellationToken);
            Change(agent.Teams, named, t => t.Id, change, keep: t => t.Deleted);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The rows with these ids; the first id without a row is not found.</summary>
    private static async Task<List<T>> FindAllAsync<T>(IQueryable<T> rows, IReadOnlyCollection<Guid> ids, Func<T, Guid> idOf, string entity,
        CancellationToken cancellationToken)
        where T : class
    {
        var wanted = ids.Distinct().ToList();
        var found = wanted.Count == 0 ? [] : await rows.Where(row => wanted.Contains(EF.Property<Guid>(row, "Id"))).ToListAsync(cancellationToken);
        if (wanted.FirstOrDefault(id => found.All(row => idOf(row) != id)) is var missing && missing != Guid.Empty)
        {
            throw new EntityNotFoundException(entity, missing);
        }

        return found;
    }

    private static void Change<T>(List<T> current, List<T> named, Func<T, Guid> idOf, MembershipChange change, Func<T, bool> keep)
    {
        var namedIds = named.Select(idOf).ToHashSet();
        if (change == MembershipChange.Remove)
        {
            current.RemoveAll(item => namedIds.Contains(idOf(item)));
            return;
        }

        if (change == MembershipChange.Replace)
        {
            current.RemoveAll(item => !namedIds.Contains(idOf(item)) && !keep(item));
        }

        current.AddRange(named.Where(item => current.All(existing => idOf(existing) != idOf(item))));
    }

    private async Task<Team> FindAsync(Guid teamId, CancellationToken cancellationToken) =>
        await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId && !t.Deleted, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Team), teamId);
}
