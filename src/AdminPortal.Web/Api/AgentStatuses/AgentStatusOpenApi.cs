using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.OpenApi;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.AgentStatuses;

/// <summary><c>/api/v1/agent_statuses</c> (seed 002 on our UUIDs) in the OpenAPI document.</summary>
public sealed class AgentStatusOpenApi : IOpenApiContributor
{
    private const string Tag = "Agent statuses";
    private const string Path = ApiPaths.Prefix + "/v1/agent_statuses";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.AddSchemaOf<AgentStatusChangeRequest>("AgentStatusChangeRequest", ApiJson.Options, OpenApiSchemaUse.Request)
            .AddSchemaOf<AgentStatusChangeResult>("AgentStatusChangeResult", ApiJson.Options)
            .AddSchemaOf<AgentStatusQuery>("AgentStatusQuery", ApiJson.Options, OpenApiSchemaUse.Request)
            .AddSchemaOf<AgentStatusRead>("AgentStatusRead", ApiJson.Options)
            .AddSchema("AgentStatusRefusal", new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["message"] = new JsonObject { ["type"] = "string" },
                    ["errors"] = new JsonObject { ["type"] = "array", ["items"] = OpenApiDocumentBuilder.SchemaRef("Error") },
                },
                ["required"] = new JsonArray("message", "errors"),
            })
            .AddTag(Tag, "Bulk status changes by agent and team ids, and the statuses of agents.");
        var refusal = JsonValue.Create("AgentStatusRefusal");
        document.AddOperation(Path, "post", new PlainOperation("changeAgentStatuses", Tag, "Change the status of agents and teams' agents")
            .Describe("One result per agent: previous_status, current_status, and a message when that agent's change was refused "
                + "(refusals do not stop the others). Admins change anyone; supervisors their teams' agents; agents only themselves.")
            .Body("AgentStatusChangeRequest", new JsonObject { ["status"] = "Available", ["agent_ids"] = new JsonArray("<agent id>"), ["team_ids"] = new JsonArray() })
            .Returns("200", "One result per agent.", new JsonObject { ["type"] = "array", ["items"] = OpenApiDocumentBuilder.SchemaRef("AgentStatusChangeResult") })
            .Returns("400", "An unknown status, a system status, or a malformed id (message says which).", refusal)
            .Returns("403", "The caller may not change these agents.", refusal)
            .Returns("404", "An agent or team does not exist.", refusal)
            .Errors("415")
            .Build());
        document.AddOperation(Path, "get", new PlainOperation("readAgentStatuses", Tag, "Read the statuses of agents")
            .Describe("All agents the caller may read, or those named by agent_ids and team_ids (in the query, or as in the seed in a JSON body): "
                + "the named agents first, then the teams' members. An id of no agent or team of the organisation answers 404. Integer ids: /apps/api/v1/agent_statuses.")
            .QueryParameter("agent_ids[]", "Agent ids (repeat the parameter, or separate by commas).", Ids())
            .QueryParameter("team_ids[]", "Team ids: their agents.", Ids())
            .Body("AgentStatusQuery", required: false)
            .Returns("200", "The agents with their current status.", new JsonObject { ["type"] = "array", ["items"] = OpenApiDocumentBuilder.SchemaRef("AgentStatusRead") })
            .Errors("400", "404", "415")
            .Build());
    }

    private static JsonObject Ids() => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" } };
}
