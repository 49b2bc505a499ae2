using System.Text.Json.Nodes;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.OpenApi;

/// <summary>
/// The document as a whole, contributed last: its title, the two ways to sign in (a bearer JWT, or HTTP Basic with an API
/// credential), and on every operation that needs them the answers of authentication (401) and of the rate limits (429).
/// </summary>
public sealed class ApiOpenApiDescription : IOpenApiContributor
{
    public const string Bearer = "bearer";
    public const string Basic = "basic";

    public int Order => int.MaxValue;

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.Info["title"] = "AdminPortal API";
        document.Info["version"] = "1";
        document.Info["description"] = "Agents, teams, menus (queues), assignments and statuses of a contact center: JSON:API 1.1 resources "
            + "(media type application/vnd.api+json, Atomic Operations at /api/operations) and the plain JSON endpoints of the systems it "
            + "replaces. Every operation but the token endpoint needs a bearer token or the Basic credentials of an API credential; "
            + "each organisation has its own rate limit (api_rate_limit_per_second).";
        document.AddSecurityScheme(Bearer, new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = "A token of POST /api/auth/token, or an Entra ID access token when the host is configured for Entra ID.",
        });
        document.AddSecurityScheme(Basic, new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "basic",
            ["description"] = "An API credential: `subdomain:secret` (or `key:secret`) of an organisation credential, `key:secret` of an agent credential.",
        });
        document.Security.Add(new JsonObject { [Bearer] = new JsonArray() });
        document.Security.Add(new JsonObject { [Basic] = new JsonArray() });
        document.AddResponse("401", ErrorResponse("The token or credential is missing, expired, revoked or not valid (WWW-Authenticate offers Bearer and Basic)."));
        document.AddResponse("429", ErrorResponse("Over the organisation's rate limit (or, without credentials, the limit of the client's address).", retryAfter: true));

        foreach (var (_, _, operation) in document.Operations)
        {
            var responses = operation["responses"]!.AsObject();
            var anonymous = operation["security"] is JsonArray { Count: 0 };
            if (!anonymous)
            {
                responses.TryAdd("401", OpenApiDocumentBuilder.ResponseRef("401"));
            }

            responses.TryAdd("429", OpenApiDocumentBuilder.ResponseRef("429"));
        }
    }

    private static JsonObject ErrorResponse(string description, bool retryAfter = false)
    {
        var response = new JsonObject
        {
            ["description"] = description,
            ["content"] = new JsonObject { ["application/vnd.api+json"] = new JsonObject { ["schema"] = OpenApiDocumentBuilder.SchemaRef("ErrorDocument") } },
        };
        if (retryAfter)
        {
            response["headers"] = new JsonObject
            {
                ["Retry-After"] = new JsonObject
                {
                    ["description"] = "Seconds to wait before the next request.",
                    ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                },
            };
        }

        return response;
    }
}
