using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.OpenApi;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.Availability;

/// <summary><c>PUT /api/v1/agents/me/availability</c> (seed 003) in the OpenAPI document.</summary>
public sealed class AvailabilityOpenApi : IOpenApiContributor
{
    private const string Tag = "Availability";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.AddSchemaOf<AvailabilityEndpoints.AvailabilityRequest>("AvailabilityRequest", ApiJson.Options, OpenApiSchemaUse.Request)
            .AddSchemaOf<AvailabilityEndpoints.AvailabilityResponse>("AvailabilityResponse", ApiJson.Options)
            .AddTag(Tag, "An agent sets its own availability.");
        document.AddOperation(ApiPaths.Prefix + "/v1/agents/me/availability", "put", new PlainOperation("setMyAvailability", Tag, "Set the calling agent's availability")
            .Describe($"status is one of {string.Join(", ", AvailabilityEndpoints.Allowed)}. From offline any other value signs the agent in; "
                + "offline signs it out. Needs an agent's token or agent credential (Basic api_key:api_secret, as seed 003 says). The answer carries the "
                + "agent's numeric id, its teams' numeric ids and the API key it acts with (api_key, api_key_last_used_at; null without an agent credential).")
            .Body("AvailabilityRequest", new JsonObject { ["status"] = "available" })
            .Returns("200", "The agent as it is now.", JsonValue.Create("AvailabilityResponse"))
            .Errors("400", "403", "415")
            .Build());
    }
}
