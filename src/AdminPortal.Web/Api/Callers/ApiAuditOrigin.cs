using AdminPortal.Domain.Audit;

namespace AdminPortal.Web.Api.Callers;

/// <summary>
/// The audit origin of an API request: the calling agent (none for an organisation credential), the API credential it
/// signed in with, and where it came from: <c>api</c> for the JSON:API, else the route of the endpoint (a seed
/// dialect such as <c>/api/call_queues/{id}/agents</c>, the intake), so the trail tells integrations apart.
/// </summary>
public static class ApiAuditOrigin
{
    /// <summary>Endpoint metadata of the JSON:API routes (their writes read as <see cref="AuditSources.Api"/>).</summary>
    public static readonly JsonApiEndpoint JsonApi = new();

    public static AuditOrigin Of(HttpContext context, ApiCaller caller)
    {
        var actor = caller.Required;
        var name = actor.AgentId is null ? $"{caller.Name} (API credential)" : caller.Name;
        return new AuditOrigin(actor.AgentId, ApiCaller.CredentialId(context.User), name, SourceOf(context));
    }

    public static string SourceOf(HttpContext context) => context.GetEndpoint() switch
    {
        { } endpoint when endpoint.Metadata.GetMetadata<JsonApiEndpoint>() is not null => AuditSources.Api,
        RouteEndpoint { RoutePattern.RawText: { } route } => "/" + route.Trim('/'),
        _ => context.Request.Path.Value ?? AuditSources.Api,
    };

    /// <summary>Marks the JSON:API's endpoints.</summary>
    public sealed class JsonApiEndpoint;
}
