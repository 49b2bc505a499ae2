using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Statuses;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// Seed 000: creating an OperatorStatus is how a status changes through the API. The request becomes a
/// <see cref="StatusRequest"/> (the named status, <c>source</c> (api when absent), the caller, the <c>If-Match</c> as a
/// precondition); the status rules decide who may record what. History is never edited.
/// </summary>
public sealed class OperatorStatusDefinition(ApiCaller caller, IStatusChangeService statuses, IHttpContextAccessor http)
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

    /// <summary>A create is one status change, which commits itself; its reads run before the write transaction begins.</summary>
    public override bool WritesCommitThemselves => true;

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
        var request = new StatusRequest(agentId, StatusTarget.Named(status), source, Actor, Precondition: AgentIfMatch.Of(http.HttpContext));
        var result = await statuses.ChangeAsync(request, cancellationToken);
        return result.Row?.Id ?? throw new InvalidOperationException("A change to a named status always records a row.");
    }
}
