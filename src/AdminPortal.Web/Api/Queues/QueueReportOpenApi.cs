using System.Text.Json.Nodes;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.OpenApi;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.Queues;

/// <summary><c>/api/queues/status</c>, <c>/service_levels</c> and <c>/group_service_levels</c> in the OpenAPI document.</summary>
public sealed class QueueReportOpenApi : IOpenApiContributor
{
    private const string Tag = "Queue reports";
    private const string Path = ApiPaths.Prefix + "/queues";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.AddSchemaOf<QueueReportDocument<QueueStatusAttributes>>("QueueStatusReport", ApiJson.Options)
            .AddSchemaOf<QueueReportDocument<QueueServiceLevelAttributes>>("QueueServiceLevelReport", ApiJson.Options)
            .AddSchemaOf<QueueReportDocument<GroupServiceLevelAttributes>>("GroupServiceLevelReport", ApiJson.Options)
            .AddTag(Tag, "Queue status now and service level over the last minutes, as read-only JSON:API resources. Admins and supervisors read them. "
                + "sla = answered within the service level ÷ (answered + abandoned) × 100, over waits "
                + "that ended in the window; null when none ended.");
        document.AddOperation($"{Path}/status", "get", Report("readQueueStatus", "Queue status now, per menu, language and channel")
            .Describe("One QueueStatus per queue with somebody waiting (and, with staffed=true, per queue with agents assigned): "
                + "waiting count, oldest wait, total and average wait so far (seconds), and its agents by what they do now.")
            .QueryParameter("channel", "Only calls or only chats (both when absent).", Channel(), "call")
            .QueryParameter("menu", "A menu (numeric id or UUID): it and the menus below it.", new JsonObject { ["type"] = "string" }, "11")
            .QueryParameter("team", "A team (numeric id or UUID): the queues its agents, or its sub-teams' agents, answer.", new JsonObject { ["type"] = "string" })
            .QueryParameter("staffed", "Also queues with nobody waiting that have agents assigned.", new JsonObject { ["type"] = "boolean", ["default"] = false }, true)
            .Returns("200", "QueueStatus resources.", JsonValue.Create("QueueStatusReport"), QueueReportEndpoints.MediaType)
            .Errors("400", "403", "404")
            .Build());
        document.AddOperation($"{Path}/service_levels", "get", Report("readQueueServiceLevels", "Service level per menu path, language and channel")
            .Describe("One QueueServiceLevel per queue with waits that ended (answered or abandoned) in the last `minutes`.")
            .QueryParameter("minutes", Minutes(), MinutesSchema(), 60, required: true)
            .QueryParameter("channel", "Only calls or only chats (both when absent).", Channel(), "call")
            .Returns("200", "QueueServiceLevel resources.", JsonValue.Create("QueueServiceLevelReport"), QueueReportEndpoints.MediaType)
            .Errors("400", "403")
            .Build());
        document.AddOperation($"{Path}/group_service_levels", "get", Report("readGroupServiceLevels", "Service level per queue group")
            .Describe("One GroupServiceLevel per queue group: its menus' waits that ended in the last `minutes`, against the group's service level and target.")
            .QueryParameter("minutes", Minutes(), MinutesSchema(), 60, required: true)
            .QueryParameter("channel", "Only calls or only chats (both when absent).", Channel(), "chat")
            .Returns("200", "GroupServiceLevel resources.", JsonValue.Create("GroupServiceLevelReport"), QueueReportEndpoints.MediaType)
            .Errors("400", "403")
            .Build());
    }

    private static PlainOperation Report(string operationId, string summary) => new(operationId, Tag, summary);

    private static string Minutes() => $"The window: waits that ended in the last so many minutes (required, 1–{ServiceLevelQuery.MaxMinutes}).";

    private static JsonObject MinutesSchema() => new() { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = ServiceLevelQuery.MaxMinutes };

    private static JsonObject Channel() => new() { ["type"] = "string", ["enum"] = new JsonArray("call", "chat") };
}
