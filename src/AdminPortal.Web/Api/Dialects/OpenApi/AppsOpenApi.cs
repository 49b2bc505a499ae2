using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Dialects.Apps;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>Seed 002 at <c>/apps/api/v1/agent_statuses</c>.</summary>
public static class AppsOpenApi
{
    public const string Tag = "Agent statuses (seed 002)";

    public static void AddTo(DialectDocument document)
    {
        document.Tag(Tag, "Bulk status changes by agent and team ids, with one result per agent, and status reads.");
        var id = document.Schema("DialectId", new JsonObject
        {
            ["oneOf"] = new JsonArray(Schema("integer", description: "A numeric id."), Schema("string", "uuid", "A UUID (also accepted).")),
        });
        var change = document.Schema("AppsStatusChange", new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("status", "agent_ids", "team_ids"),
            ["properties"] = new JsonObject
            {
                ["status"] = Schema("string", description: "The name of the status, matched ignoring case; a system status is refused."),
                ["agent_ids"] = ArrayOf(id.DeepClone()),
                ["team_ids"] = ArrayOf(id.DeepClone()),
            },
        });
        var query = document.Schema("AppsStatusQuery", new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["agent_ids"] = ArrayOf(id.DeepClone()), ["team_ids"] = ArrayOf(id.DeepClone()) },
        });
        var result = document.Schema(typeof(AppsStatusChangeResult), DialectJson.Options);
        var read = document.Schema(typeof(AppsStatusRead), DialectJson.Options);
        var path = ApiPaths.Apps + AppsAgentStatusEndpoints.Route;

        var changeResponses = new JsonObject { ["200"] = Response("One result per agent; message when that agent's change was refused.", ArrayOf(result)) };
        foreach (var (status, response) in DialectOpenApi.ErrorResponses(notFound: true, body: true))
        {
            changeResponses[status] = response;
        }

        document.Path(path, "post", Operation("apps_change_agent_statuses", "Change the status of agents and teams' members", Tag, [], changeResponses, Body(change),
            "An unknown status (\"status 'Napping' does not exist\") or a system status is refused for everyone; an agent in a system status, "
            + "or offline, keeps its status with a message. Integer ids are numeric ids; UUIDs are accepted too."));

        var readResponses = new JsonObject { ["200"] = Response("The agents' statuses (ip_addrs is always empty).", ArrayOf(read)) };
        foreach (var (status, response) in DialectOpenApi.ErrorResponses(notFound: true, body: true))
        {
            readResponses[status] = response;
        }

        var readBody = Body(query, "The ids, as the seed sends them in the body of a GET; the query string may carry them instead.");
        readBody["required"] = false;
        document.Path(path, "get", Operation("apps_read_agent_statuses", "Read the status of agents and teams' members", Tag,
            [
                Parameter("agent_ids[]", "query", ArrayOf(Schema("string")), "Agent ids (numeric or UUID)."),
                Parameter("team_ids[]", "query", ArrayOf(Schema("string")), "Team ids (numeric or UUID); their sub-teams' members too."),
            ],
            readResponses, readBody, "With no ids, every agent of the organisation; an agent reads only itself."));
    }
}
