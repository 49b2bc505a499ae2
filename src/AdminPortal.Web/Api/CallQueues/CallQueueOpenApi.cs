using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.OpenApi;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.CallQueues;

/// <summary><c>/api/call_queues/{id}/agents…</c> (seed 001) in the OpenAPI document.</summary>
public sealed class CallQueueOpenApi : IOpenApiContributor
{
    private const string Tag = "Call queues";
    private const string Agents = ApiPaths.Prefix + "/call_queues/{id}/agents";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.AddSchemaOf<QueueAgentList>("QueueAgentList", ApiJson.Options)
            .AddSchemaOf<QueueAgentWithStatus>("QueueAgentWithStatus", ApiJson.Options)
            .AddSchemaOf<QueueAgentReplacement>("QueueAgentReplacement", ApiJson.Options, OpenApiSchemaUse.Request)
            .AddSchemaOf<QueueAgentStatusChange>("QueueAgentStatusChange", ApiJson.Options, OpenApiSchemaUse.Request)
            .AddTag(Tag, "Seed 001: a call queue is a menu (its UUID or numeric id); its agents answer its main line (en, voice_call) directly or "
                + "through a team assigned to it (sub-teams too), addressed by extension number. States mean what a PBX means by them.");
        var status = new JsonObject { ["status"] = "READY" };
        document.AddOperation(Agents, "get", Queue("listQueueAgents", "List call queue agents")
            .Describe("Direct agents first, then the members of the queue's teams (skill level 1), each by extension number. An agent sees only itself.")
            .Returns("200", "The queue's agents with their skill level.", JsonValue.Create("QueueAgentList"))
            .Errors("400", "404")
            .Build());
        document.AddOperation(Agents, "post", Queue("replaceQueueAgents", "Update call queue agent list")
            .Describe("The queue's direct agents on its main line (en, voice_call, queue level primary) become exactly these; skill_level 1–10, 1 when "
                + "left out; its teams and other lines stay. Admins only.")
            .Body("QueueAgentReplacement", new JsonObject { ["items"] = new JsonArray(new JsonObject { ["extension_number"] = "201", ["skill_level"] = 5 }) })
            .Returns("204", "No content, as the seed documents.")
            .Errors("400", "403", "404", "415", "422")
            .Build());
        document.AddOperation($"{Agents}/{{agent_number}}", "get", Queue("getQueueAgent", "Retrieve call queue agent", agent: true)
            .Describe(StatesRead)
            .Returns("200", "The agent with its queue status.", JsonValue.Create("QueueAgentWithStatus"))
            .Errors("400", "404", "409")
            .Build());
        document.AddOperation($"{Agents}/{{agent_number}}", "post", Queue("setQueueAgentStatus", "Set call queue agent status", agent: true)
            .Describe(StatesWritten)
            .Body("QueueAgentStatusChange", status)
            .Returns("204", "No content, as the seed documents.")
            .Errors("400", "403", "404", "409", "415")
            .Build());
        document.AddOperation($"{Agents}/{{agent_number}}/status", "post", Queue("setQueueAgentStatusAtStatus", "Set call queue agent status (…/status)", agent: true)
            .Describe("The same as POST /api/call_queues/{id}/agents/{agent_number}.")
            .Body("QueueAgentStatusChange", status.DeepClone())
            .Returns("204", "No content.")
            .Errors("400", "403", "404", "409", "415")
            .Build());
    }

    private const string StatesRead = "status: offline LOGGED_OUT, available READY, Wrap-up WRAP_UP, Break BREAK, Meal (or a custom status named Lunch) "
        + "LUNCH, In-call and In-chat LOGGED_IN, any other status NOT_READY. An extension that names two agents of the queue answers 409.";

    private const string StatesWritten = "status is one of READY, NOT_READY, WRAP_UP, BREAK, LUNCH, LOGGED_IN, LOGGED_OUT. From an admin or an organisation "
        + "credential (the PBX) a state is recorded with source system: WRAP_UP puts the agent in Wrap-up, READY takes it out, LOGGED_IN signs an offline "
        + "agent in. Anyone else reports by hand: WRAP_UP is refused as a system status and only the agent itself signs in.";

    private static PlainOperation Queue(string operationId, string summary, bool agent = false)
    {
        var operation = new PlainOperation(operationId, Tag, summary).PathParameter("id", "The queue: a menu's UUID or numeric id.", "1693");
        return agent ? operation.PathParameter("agent_number", "The agent's extension number (3–64 digits).", "201") : operation;
    }
}
