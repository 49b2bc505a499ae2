using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Dialects.Apps;
using JsonApi.OpenApi;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>Seed 002 at <c>/apps/api/v1/agent_statuses</c> in the OpenAPI document, with the seed's own examples.</summary>
public sealed class AppsOpenApi : IOpenApiContributor
{
    public const string Tag = "Agent statuses (seed 002)";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        DialectErrorResponses.AddTo(document);
        document.AddTag(Tag, "Seed 002 at /apps/api/v1/agent_statuses: bulk status changes by integer agent and team ids (UUIDs also accepted), "
            + "one result per agent, and status reads; errors as {\"message\": \"...\"}.");
        var id = new JsonObject { ["oneOf"] = new JsonArray(Schema("integer", description: "A numeric id."), Schema("string", "uuid", "A UUID (also accepted).")) };
        document.AddSchema("AppsStatusChange", new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("status", "agent_ids", "team_ids"),
            ["properties"] = new JsonObject
            {
                ["status"] = Schema("string", description: "The name of the status, matched ignoring case; a system status is refused."),
                ["agent_ids"] = ArrayOf(id),
                ["team_ids"] = ArrayOf(id),
            },
        });
        document.AddSchema("AppsStatusQuery", new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["agent_ids"] = ArrayOf(id), ["team_ids"] = ArrayOf(id) },
        });
        document.AddSchemaOf<AppsStatusChangeResult>(nameof(AppsStatusChangeResult), DialectJson.Options)
            .AddSchemaOf<AppsStatusRead>(nameof(AppsStatusRead), DialectJson.Options);
        var path = ApiPaths.Apps + AppsAgentStatusEndpoints.Route;
        var seedIds = new JsonObject { ["agent_ids"] = new JsonArray(11, 12), ["team_ids"] = new JsonArray(1) };

        var changed = new JsonObject { ["200"] = Response("One result per agent; message when that agent's change was refused.", ArrayOf(OpenApiDocumentBuilder.SchemaRef(nameof(AppsStatusChangeResult)))) };
        DialectErrorResponses.AddRefusals(changed, notFound: true, body: true);
        var change = seedIds.DeepClone().AsObject();
        change.Insert(0, "status", "Available");
        document.AddOperation(path, "post", Operation("appsChangeAgentStatuses", "Change the status of agents and teams' members", Tag, [], changed,
            Body(OpenApiDocumentBuilder.SchemaRef("AppsStatusChange"), change),
            "An unknown status (\"status 'Napping' does not exist\") or a system status is refused for the whole request; an agent in a system status, "
            + "or offline, keeps its status with a message. Team ids take the teams' sub-teams too."));

        var read = new JsonObject { ["200"] = Response("The agents' statuses (ip_addrs is always empty: the product records no addresses).", ArrayOf(OpenApiDocumentBuilder.SchemaRef(nameof(AppsStatusRead)))) };
        DialectErrorResponses.AddRefusals(read, notFound: true, body: true);
        document.AddOperation(path, "get", Operation("appsReadAgentStatuses", "Read the status of agents and teams' members", Tag,
            [
                Parameter("agent_ids[]", "query", ArrayOf(Schema("string")), "Agent ids (numeric or UUID)."),
                Parameter("team_ids[]", "query", ArrayOf(Schema("string")), "Team ids (numeric or UUID); their sub-teams' members too."),
            ],
            read, Body(OpenApiDocumentBuilder.SchemaRef("AppsStatusQuery"), seedIds, required: false, "The ids, as the seed sends them in the body of a GET."),
            "With no ids, every agent of the organisation; an agent reads only itself."));
    }
}
