using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.CallQueues;

/// <summary>An agent of a call queue: its extension, name, skill level (the lowest for an agent there through a team) and PBX state.</summary>
public sealed record QueueAgentRecord(Guid AgentId, string? ExtensionNumber, string Name, int SkillLevel, QueueAgentState State);

/// <summary>
/// The call queues of seed 001: a call queue is a menu, named by its UUID or numeric id; its agents answer its main line
/// (<see cref="QueueValues.DefaultLang"/>, <see cref="QueueValues.DefaultChannelType"/>) directly or through a team
/// assigned to it (sub-teams included, <see cref="QueueMembership"/>), and are addressed by extension number. An agent
/// reads only the queues it answers (on any line) and, in them, only itself.
/// </summary>
public sealed class CallQueueRoster(AdminPortalDbContext db, QueueMembership membership)
{
    public const string Entity = "Call queue";

    /// <summary>The queue's UUID, without regard to who reads it (writes check their own rights).</summary>
    public async Task<Guid> FindAsync(Actor actor, RowRef queue, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(actor);
        var (key, number) = (queue.Key, queue.Number);
        return await db.Menus.AsNoTracking()
            .Where(m => !m.Deleted && ((key != null && m.Id == key) || (number != null && m.NumericId == number)))
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(Entity, queue.ToString());
    }

    /// <summary>The queue's UUID when <paramref name="actor"/> may read it.</summary>
    public async Task<Guid> ReadableAsync(Actor actor, RowRef queue, CancellationToken cancellationToken = default)
    {
        var menuId = await FindAsync(actor, queue, cancellationToken);
        if (actor.Role == AgentRole.Agent
            && !(await membership.LinesOfAgentsAsync([actor.AgentId!.Value], cancellationToken)).Any(l => l.MenuId == menuId))
        {
            throw new EntityNotFoundException(Entity, queue.ToString());
        }

        return menuId;
    }

    /// <summary>The queue's agents: direct ones first, then those of its teams, each by extension number.</summary>
    public async Task<IReadOnlyList<QueueAgentRecord>> AgentsAsync(Actor actor, Guid menuId, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(actor);
        var lines = await membership.LinesOfMenuAsync(menuId, QueueValues.DefaultLang, QueueValues.DefaultChannelType, cancellationToken);
        if (actor.Role == AgentRole.Agent)
        {
            lines = [.. lines.Where(l => l.AgentId == actor.AgentId)];
        }

        var ids = lines.Select(l => l.AgentId).ToList();
        var agents = await db.Agents.AsNoTracking().Active().Include(a => a.Status).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. lines.Where(l => agents.ContainsKey(l.AgentId)).Select(l =>
        {
            var agent = agents[l.AgentId];
            return new QueueAgentRecord(agent.Id, agent.ExtensionNumber, AgentName.Of(agent.FirstName, agent.MiddleName, agent.LastName),
                l.SkillLevel ?? QueueValues.MinSkillLevel, QueueAgentStates.Of(agent.Status!));
        })];
    }

    /// <summary>The queue's one agent with <paramref name="extension"/>; 404 when none, 409 when the extension is ambiguous.</summary>
    public async Task<QueueAgentRecord> AgentAsync(Actor actor, Guid menuId, string extension, CancellationToken cancellationToken = default) =>
        QueueExtensions.Single(await AgentsAsync(actor, menuId, cancellationToken), extension);
}

/// <summary>Finding a queue's agent by extension number: exactly one, or a refusal that says what is wrong.</summary>
public static class QueueExtensions
{
    public static QueueAgentRecord Single(IReadOnlyList<QueueAgentRecord> agents, string extension)
    {
        var matches = agents.Where(a => a.ExtensionNumber == extension).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new EntityNotFoundException(nameof(Agent), extension, $"No agent with extension number '{extension}' is in this call queue."),
            _ => throw new ConflictException(
                $"Extension number '{extension}' is ambiguous: {matches.Count} agents of this call queue have it ({string.Join(", ", matches.Select(m => m.Name))}). " +
                "Give each agent its own extension number."),
        };
    }
}
