using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Agents;

/// <summary>
/// An agent's account, as admins keep it: deactivate (signed out through the status rules, every session, token and
/// credential of it refused from then on, gone from every list but history), reactivate, and reset the password.
/// </summary>
public interface IAgentAccounts
{
    Task DeactivateAsync(Actor actor, Guid agentId, CancellationToken cancellationToken = default);

    Task ReactivateAsync(Actor actor, Guid agentId, CancellationToken cancellationToken = default);

    /// <summary>Sets <paramref name="password"/>, or a generated one when null; returns the password set (shown once).</summary>
    Task<string> ResetPasswordAsync(Actor actor, Guid agentId, string? password, CancellationToken cancellationToken = default);
}

internal sealed class AgentAccounts(AdminPortalDbContext db, IStatusChangeService statuses, IAgentService agents, TimeProvider clock) : IAgentAccounts
{
    public async Task DeactivateAsync(Actor actor, Guid agentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "deactivate agents");
        if (actor.AgentId == agentId)
        {
            throw new RuleViolationException("You can't deactivate yourself.");
        }

        await db.InTransactionAsync(async () =>
        {
            await FindAsync(agentId, cancellationToken);

            // signing out first takes the agent's status lock and leaves it; the account change below then holds the row
            var source = actor.IsSystem ? StatusSource.System : StatusSource.Admin;
            await statuses.ChangeAsync(new StatusRequest(agentId, StatusTarget.LogOut, source, actor), cancellationToken);

            var agent = await FindAsync(agentId, cancellationToken);
            if (agent.DeactivatedAt is not null)
            {
                return;
            }

            agent.DeactivatedAt = clock.UtcNow();
            agent.RotateSecurityStamp();
            agent.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task ReactivateAsync(Actor actor, Guid agentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "reactivate agents");
        await db.InTransactionAsync(async () =>
        {
            var agent = await FindAsync(agentId, cancellationToken);
            if (agent.DeactivatedAt is null)
            {
                return;
            }

            agent.DeactivatedAt = null;
            agent.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<string> ResetPasswordAsync(Actor actor, Guid agentId, string? password, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "reset passwords");
        var chosen = string.IsNullOrEmpty(password) ? DemoPasswords.Generate() : password;
        await agents.SetPasswordAsync(actor, agentId, chosen, cancellationToken);
        return chosen;
    }

    private async Task<Agent> FindAsync(Guid agentId, CancellationToken cancellationToken) =>
        await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Agent), agentId);
}
