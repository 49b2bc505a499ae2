using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Statuses;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// Seed 000: creating an OperatorStatus is how a status changes through the API. The status-change service applies
/// the rules (supervisors: agents of their teams; agents: themselves), writes the row and the activity interval in one
/// transaction; <c>source</c> defaults to api, <c>system</c> is for admins only and an agent's own
/// changes come from the widget or the api (not admin or bulk, which would mislead the history). History is never edited.
/// <c>If-Match</c> is compared with the agent's ETag (<see cref="AgentPreconditions"/>).
/// </summary>
public sealed class OperatorStatusDefinition(ApiCaller caller, IStatusChangeService statuses, AgentPreconditions preconditions, IHttpContextAccessor http)
    : ProductDefinition<OperatorStatus>(caller)
{
    public override Expression<Func<OperatorStatus, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return o => o.SipUserId == me;
        }
    }

    public override Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken) =>
        context.Operation == ResourceOperation.Create ? Task.CompletedTask : base.AuthorizeAsync(context, cancellationToken);

    public override async Task<object> CreateAsync(ResourceWrite<OperatorStatus> write, CancellationToken cancellationToken)
    {
        var agentId = write.Targets(o => o.SipUserId) ? write.Resource.SipUserId : throw ValidationFailedException.For("sip_user_id", "sip_user_id is required.");
        var status = write.Resource.Status;
        if (string.IsNullOrWhiteSpace(status))
        {
            throw ValidationFailedException.For("status", "status is required.");
        }

        var source = write.Targets(o => o.Source) ? write.Resource.Source : StatusSource.Api;
        if (source == StatusSource.System && !Actor.IsAdmin)
        {
            throw new PermissionDeniedException("Only admins may record a system status change.");
        }

        if (IsAgentRole && source is not (StatusSource.Widget or StatusSource.Api))
        {
            throw new PermissionDeniedException($"An agent records its own changes with source widget or api, not {source.ToString().ToLowerInvariant()}.");
        }

        if (http.HttpContext is { } request)
        {
            await preconditions.EnsureMatchesAsync(request, agentId, cancellationToken);
        }

        var row = await statuses.ChangeAsync(new StatusChangeCommand(agentId, status.Trim(), source, Actor), cancellationToken);
        return row.Id;
    }
}
