using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Statuses;

/// <summary>
/// Moves one agent through <see cref="IStatusChangeService"/> the way the plain endpoints (seeds 001, 003)
/// mean it: an offline target is a logout, an agent coming back from Offline on its own token is a login
/// (origin api), anything else is an ordinary change under the status rules.
/// </summary>
public sealed class StatusMoves(IStatusChangeService statuses, AdminPortalDbContext db, ApiCaller caller)
{
    public async Task MoveAsync(Guid agentId, string statusName, StatusSource source, CancellationToken cancellationToken)
    {
        var actor = caller.Required;
        var current = await CurrentCategoryAsync(agentId, cancellationToken);
        var normalized = statusName.Trim().ToLowerInvariant();
        var target = await db.UserStatuses.AsNoTracking()
            .Where(s => !s.Deleted && s.Name.ToLower() == normalized)
            .Select(s => new { s.Name, s.Category })
            .FirstOrDefaultAsync(cancellationToken);

        if (target?.Category == StatusCategory.Offline)
        {
            if (current != StatusCategory.Offline)
            {
                await statuses.LogoutAsync(agentId, source, actor, cancellationToken);
            }

            return;
        }

        if (target is not null && current == StatusCategory.Offline && actor.AgentId == agentId)
        {
            await statuses.LoginAsync(agentId, SessionOrigin.Api, source, target.Name, cancellationToken);
            return;
        }

        await statuses.ChangeAsync(new StatusChangeCommand(agentId, statusName, source, actor), cancellationToken);
    }

    /// <summary>Signs the agent in (Available) when offline; only the agent itself may, as DESIGN.md's rules say. Online agents stay as they are.</summary>
    public async Task LoginAsync(Guid agentId, StatusSource source, CancellationToken cancellationToken)
    {
        if (await CurrentCategoryAsync(agentId, cancellationToken) != StatusCategory.Offline)
        {
            return;
        }

        if (caller.Required.AgentId != agentId)
        {
            throw new RuleViolationException(StatusMessages.OfflineOrLoggedOut);
        }

        await statuses.LoginAsync(agentId, SessionOrigin.Api, source, BuiltInNames.Available, cancellationToken);
    }

    public async Task<StatusCategory> CurrentCategoryAsync(Guid agentId, CancellationToken cancellationToken) =>
        await db.Agents.AsNoTracking()
            .Where(a => a.Id == agentId)
            .Select(a => (StatusCategory?)a.Status!.Category)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new EntityNotFoundException("Agent", agentId);
}
