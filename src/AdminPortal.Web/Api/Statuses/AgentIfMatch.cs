using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using JsonApi.Endpoints;

namespace AdminPortal.Web.Api.Statuses;

/// <summary>
/// <c>If-Match</c> on <c>POST /api/operator_statuses</c> names the agent as the client last read it: the ETag of
/// <c>GET /api/agents/{sip_user_id}</c> (no query parameters), which changes with every status change. The status change
/// checks it under the agent's lock, so a change decided on a stale read answers 412 instead of overwriting a newer status.
/// <c>*</c> always matches.
/// </summary>
public static class AgentIfMatch
{
    /// <summary>The request's precondition on the agent, or null when the request sends no <c>If-Match</c>.</summary>
    public static IStatusPrecondition? Of(HttpContext? request) =>
        request is not null && request.Request.Headers.IfMatch.ToString() is var ifMatch && !string.IsNullOrWhiteSpace(ifMatch)
            ? new Precondition(request, ifMatch)
            : null;

    private sealed class Precondition(HttpContext request, string ifMatch) : IStatusPrecondition
    {
        public Task<bool> HoldsAsync(Guid agentId, CancellationToken cancellationToken) =>
            ResourceEntityTags.MatchesAsync(request, typeof(Agent), agentId, ifMatch, cancellationToken);
    }
}
