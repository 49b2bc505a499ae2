using System.Text.Json.Nodes;
using JsonApi.OpenApi;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>
/// Adds the seed dialects to the OpenAPI document at <c>/api/openapi.json</c>, beside the JSON:API resources: the manager
/// API (seed 004) under both prefixes, the bulk status change (seed 002) at <c>/apps/api/v1</c> and <c>/api/v1</c>, an
/// agent's availability (seed 003) and the call queues (seed 001); with the Bearer and Basic schemes every route takes.
/// </summary>
public sealed class DialectOpenApi : IOpenApiDocumentTransformer
{
    public const string ErrorSchema = "DialectError";

    private static readonly (string Status, string Name, string Description)[] DialectErrors =
    [
        ("400", "DialectBadRequest", "A malformed or unknown parameter or body member, or a status rule refused the request; the message says which."),
        ("401", "DialectUnauthorized", "No valid bearer token or API credential (missing, wrong, revoked or expired)."),
        ("403", "DialectForbidden", "The caller's role may not do this."),
        ("404", "DialectNotFound", "No such record in the caller's organisation."),
        ("415", "DialectUnsupportedMediaType", "The body is not application/json."),
        ("429", "DialectTooManyRequests", "Over the organisation's rate limit; Retry-After says when to retry."),
        ("500", "DialectServerError", "An unexpected failure (logged)."),
    ];

    public void Transform(JsonObject document)
    {
        var dialects = new DialectDocument();
        var error = dialects.Schema(ErrorSchema, new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("message"),
            ["properties"] = new JsonObject { ["message"] = Schema("string", description: "What went wrong, e.g. \"status 'Napping' does not exist\".") },
        });
        foreach (var (status, name, description) in DialectErrors)
        {
            var response = Response(description, error.DeepClone());
            if (status == "429")
            {
                response["headers"] = new JsonObject { ["Retry-After"] = new JsonObject { ["description"] = "Seconds to wait.", ["schema"] = Schema("integer") } };
            }

            dialects.Responses[name] = response;
        }

        ManagerOpenApi.AddTo(dialects);
        AppsOpenApi.AddTo(dialects);
        PlainApiOpenApi.AddTo(dialects);
        dialects.MergeInto(document);
        if (document["info"] is JsonObject info)
        {
            info["title"] = "AdminPortal API";
            info["description"] = "The JSON:API resources under /api, and the seed dialects: the manager API (/manager/api/v1, /apps/api/v1), the bulk "
                + "status change (/apps/api/v1/agent_statuses, /api/v1/agent_statuses), an agent's availability (/api/v1/agents/me/availability) and the "
                + "call queues (/api/call_queues). Sign in with a bearer token or HTTP Basic with an API credential.";
        }
    }

    /// <summary>The error responses of a dialect route (<c>{"message": ...}</c>).</summary>
    public static IEnumerable<(string Status, JsonObject Response)> ErrorResponses(bool notFound = false, bool body = false)
    {
        foreach (var (status, name, _) in DialectErrors)
        {
            if ((status == "404" && !notFound) || (status == "415" && !body))
            {
                continue;
            }

            yield return (status, ResponseRef(name));
        }
    }
}
