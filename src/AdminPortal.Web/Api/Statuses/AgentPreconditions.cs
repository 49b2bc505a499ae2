using JsonApi.Errors;
using Microsoft.AspNetCore.Routing.Patterns;

namespace AdminPortal.Web.Api.Statuses;

/// <summary>
/// <c>If-Match</c> on <c>POST /api/operator_statuses</c> names the agent as the client last read it: the tag is compared
/// with the ETag of <c>GET /api/agents/{sip_user_id}</c> (no query parameters), which changes with every status change, so a
/// change decided on a stale read answers 412 instead of overwriting a newer status. <c>*</c> always matches.
/// The ETag is taken from the agent endpoint itself, read in-process under the caller's own scope.
/// </summary>
public sealed class AgentPreconditions(EndpointDataSource endpoints)
{
    public const string AgentRoute = $"{ApiPaths.Prefix}/agents/{{id}}";
    private const string JsonApiMediaType = "application/vnd.api+json";

    public async Task EnsureMatchesAsync(HttpContext caller, Guid agentId, CancellationToken cancellationToken)
    {
        var ifMatch = caller.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return;
        }

        var tags = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (tags.Contains("*"))
        {
            return;
        }

        var current = await CurrentTagAsync(caller, agentId, cancellationToken);
        if (current is null || !tags.Any(tag => tag == current || tag == $"W/{current}"))
        {
            throw new PreconditionFailedException();
        }
    }

    /// <summary>The ETag the caller would get from the agent endpoint now, or null when it cannot read the agent.</summary>
    private async Task<string?> CurrentTagAsync(HttpContext caller, Guid agentId, CancellationToken cancellationToken)
    {
        var endpoint = endpoints.Endpoints.OfType<RouteEndpoint>().FirstOrDefault(IsAgentRead)
            ?? throw new InvalidOperationException($"No GET endpoint for {AgentRoute}.");
        var read = new DefaultHttpContext { RequestServices = caller.RequestServices, User = caller.User, RequestAborted = cancellationToken };
        read.Request.Method = HttpMethods.Get;
        read.Request.Scheme = caller.Request.Scheme;
        read.Request.Host = caller.Request.Host;
        read.Request.PathBase = caller.Request.PathBase;
        read.Request.Path = $"{ApiPaths.Prefix}/agents/{agentId}";
        read.Request.Headers.Accept = JsonApiMediaType;
        read.Request.RouteValues["id"] = agentId.ToString();
        read.SetEndpoint(endpoint);
        read.Response.Body = Stream.Null;
        await endpoint.RequestDelegate!(read);
        return read.Response.StatusCode == StatusCodes.Status200OK ? read.Response.Headers.ETag.ToString() : null;
    }

    private static bool IsAgentRead(RouteEndpoint endpoint) =>
        string.Equals(Route(endpoint.RoutePattern), AgentRoute, StringComparison.Ordinal)
        && endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true;

    private static string Route(RoutePattern pattern) => "/" + (pattern.RawText ?? "").Trim('/');
}
