using System.Text.Json.Nodes;
using AdminPortal.Web.Api.AgentStatuses;
using AdminPortal.Web.Api.Availability;
using AdminPortal.Web.Api.CallQueues;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>
/// The seed endpoints under <c>/api</c>: seed 001's call queues, seed 003's availability and seed 002 with UUIDs at
/// <c>/api/v1/agent_statuses</c>. They answer plain JSON and, being under <c>/api</c>, JSON:API error documents.
/// </summary>
public static class PlainApiOpenApi
{
    public const string QueuesTag = "Call queues (seed 001)";
    public const string AvailabilityTag = "Availability (seed 003)";

    private static readonly (string Status, string Description)[] Errors =
    [
        ("400", "Malformed body or parameter, or a status rule refused the change (detail says which)."),
        ("401", "No valid bearer token or API credential."),
        ("403", "The caller's role may not do this."),
        ("404", "No such queue, agent or id in the caller's organisation."),
        ("409", "The extension number names more than one agent of the queue."),
        ("415", "The body is not application/json."),
        ("422", "An item of the body is invalid (source.pointer names it)."),
        ("429", "Over the organisation's rate limit; Retry-After says when to retry."),
    ];

    public static void AddTo(DialectDocument document)
    {
        document.Tag(QueuesTag, "A call queue is a menu (its UUID or numeric id); its agents answer its main line (en, voice_call) directly or through its teams.");
        document.Tag(AvailabilityTag, "An agent sets its own availability; Basic api_key:api_secret of its agent credential, or its bearer token.");
        var errors = document.Schema("PlainApiErrors", new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["message"] = Schema("string", description: "Only on /api/v1/agent_statuses, as seed 002 answers."),
                ["errors"] = ArrayOf(new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["status"] = Schema("string"),
                        ["title"] = Schema("string"),
                        ["detail"] = Schema("string"),
                        ["source"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["pointer"] = Schema("string"), ["parameter"] = Schema("string") } },
                    },
                }),
            },
        });
        foreach (var (status, description) in Errors)
        {
            document.Responses[$"PlainApi{status}"] = new JsonObject
            {
                ["description"] = description,
                ["content"] = Content(errors.DeepClone(), ApiErrorWriter.MediaType),
            };
        }

        AddCallQueues(document);
        AddAvailability(document);
        AddAgentStatuses(document);
    }

    private static void AddCallQueues(DialectDocument document)
    {
        var list = document.Schema(typeof(QueueAgentList), ApiJson.Options);
        var one = document.Schema(typeof(QueueAgentWithStatus), ApiJson.Options);
        var replacement = document.Schema(typeof(QueueAgentReplacement), ApiJson.Options);
        var change = document.Schema("QueueAgentStatusChange", new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("status"),
            ["properties"] = new JsonObject { ["status"] = Enum(QueueAgentStatus.All) },
        });
        var queue = Parameter("id", "path", Schema("string"), "The call queue: the menu's UUID or numeric id.");
        var agent = Parameter("agent_number", "path", new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{3,64}$" }, "The agent's extension number.");
        const string path = "/api/call_queues/{id}/agents";

        document.Path(path, "get", Operation("list_call_queue_agents", "List call queue agents", QueuesTag, [queue.DeepClone()],
            Responses("200", Response("The queue's agents; an agent token sees only itself.", list), "400", "401", "404", "429")));
        document.Path(path, "post", Operation("update_call_queue_agents", "Update call queue agent list", QueuesTag, [queue.DeepClone()],
            Responses("204", Response("No content: the queue's direct agents on its main line are the items (skill_level 1 to 10, 1 when left out); its teams stay."),
                "400", "401", "403", "404", "415", "422", "429"), Body(replacement)));
        document.Path($"{path}/{{agent_number}}", "get", Operation("get_call_queue_agent", "Retrieve call queue agent", QueuesTag, [queue.DeepClone(), agent.DeepClone()],
            Responses("200", Response("The agent with its PBX state.", one), "400", "401", "404", "409", "429")));
        const string setDescription = "READY, NOT_READY, BREAK, LUNCH, LOGGED_OUT move the agent; LOGGED_IN signs it in. From an admin or an organisation "
            + "credential (the PBX) a state is recorded with source system: WRAP_UP puts the agent in Wrap-up, LOGGED_IN signs in an offline agent. "
            + "Anyone else reports by hand: WRAP_UP is refused as a system status and only the agent itself signs in.";
        foreach (var (suffix, operationId) in new[] { ("", "set_call_queue_agent_status"), ("/status", "set_call_queue_agent_status_by_path") })
        {
            document.Path($"{path}/{{agent_number}}{suffix}", "post", Operation(operationId, "Set call queue agent status", QueuesTag, [queue.DeepClone(), agent.DeepClone()],
                Responses("204", Response("No content."), "400", "401", "403", "404", "409", "415", "429"), Body(change), setDescription));
        }
    }

    private static void AddAvailability(DialectDocument document)
    {
        var request = document.Schema("AvailabilityRequest", new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("status"),
            ["properties"] = new JsonObject { ["status"] = Enum(AvailabilityEndpoints.Allowed) },
        });
        var response = document.Schema(typeof(AvailabilityEndpoints.AvailabilityResponse), ApiJson.Options);
        document.Path("/api/v1/agents/me/availability", "put", Operation("set_my_availability", "Availability status update", AvailabilityTag, [],
            Responses("200", Response("The agent with its integer id, teams and the API key it acts with.", response), "400", "401", "403", "415", "429"),
            Body(request), "available → Available; busy → the first busy status an agent may choose; away → Unavailable; offline → sign out. From offline, "
            + "any other value signs the agent in."));
    }

    private static void AddAgentStatuses(DialectDocument document)
    {
        var change = document.Schema(typeof(AgentStatusChangeRequest), ApiJson.Options);
        var result = document.Schema(typeof(AgentStatusChangeResult), ApiJson.Options);
        var read = document.Schema(typeof(AgentStatusRead), ApiJson.Options);
        const string path = "/api/v1/agent_statuses";
        document.Path(path, "post", Operation("change_agent_statuses", "Change the status of agents and teams' members (UUIDs)", AppsOpenApi.Tag, [],
            Responses("200", Response("One result per agent.", ArrayOf(result)), "400", "401", "403", "404", "415", "429"), Body(change)));
        document.Path(path, "get", Operation("read_agent_statuses", "Read the status of agents and teams' members (UUIDs)", AppsOpenApi.Tag,
            [Parameter("agent_ids[]", "query", ArrayOf(Schema("string", "uuid")), "Agent ids."), Parameter("team_ids[]", "query", ArrayOf(Schema("string", "uuid")), "Team ids.")],
            Responses("200", Response("The agents' statuses.", ArrayOf(read)), "400", "401", "404", "429")));
    }

    private static JsonObject Responses(string successStatus, JsonObject success, params string[] errors)
    {
        var responses = new JsonObject { [successStatus] = success };
        foreach (var status in errors)
        {
            responses[status] = ResponseRef($"PlainApi{status}");
        }

        return responses;
    }
}
