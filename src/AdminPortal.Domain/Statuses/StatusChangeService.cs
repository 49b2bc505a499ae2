using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// The one way a status changes. Loads what <see cref="StatusTransition"/> needs besides the agent (the organisation's
/// statuses, whether the actor supervises the agent), refuses what needs no agent, then hands each agent's request to
/// <see cref="AgentStatusWriter"/>, which decides and persists it under the agent's lock.
/// </summary>
internal sealed class StatusChangeService(AdminPortalDbContext db, AgentStatusWriter writer, TeamMembership membership) : IStatusChangeService, IBulkStatusAdmission
{
    public async Task<StatusChangeResult> ChangeAsync(StatusRequest request, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(request.Actor);
        var statuses = await CatalogAsync(cancellationToken);
        if (StatusTransition.Admit(statuses, request).Refusal is { } refused)
        {
            throw refused.ToException();
        }

        var supervised = await membership.SupervisedAsync(request.Actor, [request.AgentId], cancellationToken);
        var applied = await writer.ApplyAsync(request, statuses, supervised.Contains(request.AgentId), cancellationToken);
        return applied.Refusal is { } refusal ? throw refusal.ToException() : applied.ToResult();
    }

    public async Task<IReadOnlyList<StatusChangeOutcome>> ChangeManyAsync(BulkStatusRequest request, CancellationToken cancellationToken = default)
    {
        var statuses = await AdmitAsync(request, cancellationToken);
        var agentIds = await membership.AgentsOfAsync(request.AgentIds, request.TeamIds, cancellationToken);
        var supervised = await membership.SupervisedAsync(request.Actor, agentIds, cancellationToken);
        var outcomes = new List<StatusChangeOutcome>(agentIds.Count);
        foreach (var agentId in agentIds)
        {
            var applied = await writer.ApplyAsync(ForAgent(request, agentId), statuses, supervised.Contains(agentId), cancellationToken);
            outcomes.Add(applied.ToOutcome());
        }

        return outcomes;
    }

    public async Task<StatusCatalog> AdmitAsync(BulkStatusRequest request, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(request.Actor);
        if (StatusTransition.AdmitBulk(request) is { } forbidden)
        {
            throw forbidden.ToException();
        }

        var statuses = await CatalogAsync(cancellationToken);
        return StatusTransition.Admit(statuses, ForAgent(request, Guid.Empty)).Refusal is { } refused ? throw refused.ToException() : statuses;
    }

    private static StatusRequest ForAgent(BulkStatusRequest request, Guid agentId) =>
        new(agentId, request.Target, StatusSource.Bulk, request.Actor) { InBulk = true };

    private async Task<StatusCatalog> CatalogAsync(CancellationToken cancellationToken) =>
        new(await db.UserStatuses.AsNoTracking().ToListAsync(cancellationToken));
}
