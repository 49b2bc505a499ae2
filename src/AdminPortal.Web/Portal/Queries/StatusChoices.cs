using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

/// <summary>A status the user could pick for an agent; <see cref="Unavailable"/> is the rule's message when the change would be refused.</summary>
public sealed record StatusChoice(StatusRow Status, bool Current, string? Unavailable)
{
    public bool Available => Unavailable is null;
}

/// <summary>
/// Which statuses a user may move an agent to right now, asked of the status rules themselves
/// (<see cref="StatusTransition.Decide"/>), so a page offers only what the change would accept and says why not.
/// </summary>
public sealed class StatusChoices(AdminPortalDbContext db, TeamMembership membership)
{
    /// <param name="queueWhileWorking">Ask as the agent's own pick that waits for its call or chat (the widget's requests).</param>
    public async Task<IReadOnlyList<StatusChoice>> ForAsync(
        Actor actor, Guid agentId, StatusSource source, CancellationToken cancellationToken = default, bool queueWhileWorking = false)
    {
        var statuses = await db.UserStatuses.AsNoTracking().ToListAsync(cancellationToken);
        var catalog = new StatusCatalog(statuses);
        var currentId = await db.Agents.AsNoTracking().Where(a => a.Id == agentId).Select(a => (Guid?)a.StatusId).FirstOrDefaultAsync(cancellationToken);
        if (currentId is not { } id || catalog.ById(id) is not { } current)
        {
            return [];
        }

        var supervised = (await membership.SupervisedAsync(actor, [agentId], cancellationToken)).Contains(agentId);
        var state = new AgentStatusState(current, catalog, supervised);
        return statuses.Where(s => !s.Deleted).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new StatusChoice(
                new StatusRow(s.Id, s.Name, s.Color, s.WfmId, s.Category, s.System, s.BuiltInId != null, s.Position),
                s.Id == current.Id,
                StatusTransition.Decide(state, new StatusRequest(agentId, StatusTarget.Named(s.Name), source, actor) { QueueWhileWorking = queueWhileWorking }) is StatusRefusal refusal
                    ? refusal.Message
                    : null))
            .ToList();
    }
}
