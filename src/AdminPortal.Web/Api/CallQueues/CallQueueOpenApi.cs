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
            .AddTag(Tag, "A call queue is a menu; its agents are the menu's English voice-call assignments, addressed by extension number.");
        var status = new JsonObject { ["status"] = QueueAgentStatus.Ready };
        document.AddOperation(Agents, "get", Queue("listQueueAgents", "List a queue's agents")
            .Returns("200", "The queue's agents with their skill level.", JsonValue.Create("QueueAgentList"))
            .Errors("400", "404")
            .Build());
        document.AddOperation(Agents, "post", Queue("replaceQueueAgents", "Replace a queue's agents")
            .Describe("Sets the queue's main line (en, voice_call, queue level primary) to exactly these agents; skill_level 1–10, 1 when left out. Admins only.")
            .Body("QueueAgentReplacement", new JsonObject { ["items"] = new JsonArray(new JsonObject { ["extension_number"] = "201", ["skill_level"] = 5 }) })
            .Returns("200", "The queue's agents as they are now.", JsonValue.Create("QueueAgentList"))
            .Errors("400", "403", "404", "415", "422")
            .Build());
        document.AddOperation($"{Agents}/{{agent_number}}", "get", Queue("getQueueAgent", "Read one agent of a queue", agent: true)
            .Returns("200", "The agent with its queue status.", JsonValue.Create("QueueAgentWithStatus"))
            .Errors("400", "404")
            .Build());
        document.AddOperation($"{Agents}/{{agent_number}}", "post", Queue("setQueueAgentStatus", "Set the status of a queue's agent", agent: true)
            .Describe($"status is one of {string.Join(", ", QueueAgentStatus.All)}.")
            .Body("QueueAgentStatusChange", status)
            .Returns("200", "The agent with its new queue status.", JsonValue.Create("QueueAgentWithStatus"))
            .Errors("400", "403", "404", "415")
            .Build());
        document.AddOperation($"{Agents}/{{agent_number}}/status", "post", Queue("setQueueAgentStatusAtStatus", "Set the status of a queue's agent (…/status)", agent: true)
            .Describe("The same as POST /api/call_queues/{id}/agents/{agent_number}.")
            .Body("QueueAgentStatusChange", status.DeepClone())
            .Returns("200", "The agent with its new queue status.", JsonValue.Create("QueueAgentWithStatus"))
            .Errors("400", "403", "404", "415")
            .Build());
    }

    private static PlainOperation Queue(string operationId, string summary, bool agent = false)
    {
        var operation = new PlainOperation(operationId, Tag, summary).PathParameter("id", "The queue: a menu's id.");
        return agent ? operation.PathParameter("agent_number", "The agent's extension number (3–64 digits).", "201") : operation;
    }
}
