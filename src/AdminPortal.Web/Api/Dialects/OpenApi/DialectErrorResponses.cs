using System.Text.Json.Nodes;
using JsonApi.OpenApi;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>The refusals of the seed dialects' routes, each <c>{"message": "..."}</c>, in <c>components/responses</c>.</summary>
public static class DialectErrorResponses
{
    public const string Schema = "DialectError";

    private static readonly (string Status, string Name, string Description)[] Errors =
    [
        ("400", "DialectBadRequest", "A malformed or unknown parameter or body member, or a status rule refused the request; the message says which."),
        ("401", "DialectUnauthorized", "No valid bearer token or API credential (missing, wrong, revoked or expired); WWW-Authenticate offers Bearer and Basic."),
        ("403", "DialectForbidden", "The caller's role may not do this."),
        ("404", "DialectNotFound", "No such record in the caller's organisation."),
        ("415", "DialectUnsupportedMediaType", "The body is not application/json."),
        ("429", "DialectTooManyRequests", "Over the organisation's rate limit; Retry-After says when to retry."),
    ];

    public static void AddTo(OpenApiDocumentBuilder document)
    {
        document.AddSchema(Schema, new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("message"),
            ["properties"] = new JsonObject { ["message"] = OpenApiNodes.Schema("string", description: "What went wrong, e.g. \"status 'Napping' does not exist\".") },
        });
        foreach (var (status, name, description) in Errors)
        {
            var response = Response(description, OpenApiDocumentBuilder.SchemaRef(Schema));
            if (status == "429")
            {
                response["headers"] = new JsonObject
                {
                    ["Retry-After"] = new JsonObject { ["description"] = "Seconds to wait.", ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 } },
                };
            }

            document.AddResponse(name, response);
        }
    }

    /// <summary>The refusals a dialect route answers.</summary>
    public static void AddRefusals(JsonObject responses, bool notFound = false, bool body = false)
    {
        foreach (var (status, name, _) in Errors)
        {
            if ((status != "404" || notFound) && (status != "415" || body))
            {
                responses[status] = OpenApiDocumentBuilder.ResponseRef(name);
            }
        }
    }
}
