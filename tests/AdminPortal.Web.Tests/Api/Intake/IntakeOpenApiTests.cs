using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Intake;

/// <summary>
/// The intake and the queue reports in the one OpenAPI document at <c>/api/openapi.json</c>: their operations, and every
/// documented example body, sent as a phone or chat system would, is accepted by the host.
/// </summary>
public sealed class IntakeOpenApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private static readonly string[] EventTypes =
        ["selecting", "queued", "offered", "connected", "held", "resumed", "transferred", "ended", "abandoned", "missed", "wrap_up_ended", "message", "disposition", "rated"];

    [Fact]
    public async Task The_intake_and_the_queue_reports_are_in_the_one_openapi_document()
    {
        var document = await (await host.CreateClient().GetAsync("/api/openapi.json")).ShouldBeOkAsync();
        var legacy = await (await host.ClientForAsync(ApiHost.AdminEmail)).GetAsync("/api/intake/openapi.json");

        var paths = document["paths"]!.AsObject();
        (OperationId(paths, "/api/intake/calls/{id}/events", "post"), OperationId(paths, "/api/intake/chats/{id}/events", "post")).ShouldBe(("reportCallEvent", "reportChatEvent"));
        (OperationId(paths, "/api/queues/status", "get"), OperationId(paths, "/api/queues/service_levels", "get"), OperationId(paths, "/api/queues/group_service_levels", "get"))
            .ShouldBe(("readQueueStatus", "readQueueServiceLevels", "readGroupServiceLevels"));
        document["components"]!["schemas"]!["IntakeEvent"]!["properties"]!["type"]!["enum"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(EventTypes);
        var responses = paths["/api/intake/calls/{id}/events"]!["post"]!["responses"]!.AsObject().Select(r => r.Key);
        responses.ShouldBe(["200", "400", "403", "404", "409", "415", "422", "401", "429"], ignoreOrder: true);
        Examples(document, "calls").Keys.ShouldBe(EventTypes.Except(["message"]), ignoreOrder: true);
        Examples(document, "chats").Keys.ShouldBe(EventTypes.Except(["held", "resumed", "selecting"]), ignoreOrder: true);
        legacy.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("calls", "queued,offered,missed,connected,held,resumed,ended,disposition,wrap_up_ended,rated", "finished")]
    [InlineData("calls", "selecting,queued,offered,connected,disposition,transferred", "assigned")]
    [InlineData("calls", "selecting,abandoned", "failed")]
    [InlineData("calls", "queued,abandoned", "failed")]
    [InlineData("chats", "queued,message,offered,missed,connected,ended,disposition,wrap_up_ended,rated", "finished")]
    [InlineData("chats", "queued,connected,transferred", "queued")]
    [InlineData("chats", "queued,abandoned", "canceled")]
    public async Task Every_documented_example_is_recorded_in_the_order_a_contact_lives_it(string kind, string events, string status)
    {
        var document = await (await host.CreateClient().GetAsync("/api/openapi.json")).ShouldBeOkAsync();
        var examples = Examples(document, kind);
        var phone = host.WithOrganisationCredential(await host.CreateAsync($"Phone system {Guid.NewGuid():N}"));
        var id = $"DOC-{Guid.NewGuid():N}";

        JsonNode? last = null;
        foreach (var name in events.Split(','))
        {
            var response = await phone.PostAsync($"/api/intake/{kind}/{id}/events", Json(examples[name].ToJsonString()));
            last = await response.ShouldBeOkAsync();
            last["recorded"]!.GetValue<bool>().ShouldBeTrue($"{kind} example '{name}': {last.ToJsonString()}");
        }

        last!["status"]!.GetValue<string>().ShouldBe(status);
    }

    private static string OperationId(JsonObject paths, string path, string method) => paths[path]![method]!["operationId"]!.GetValue<string>();

    private static Dictionary<string, JsonNode> Examples(JsonNode document, string kind) =>
        document["paths"]![$"/api/intake/{kind}/{{id}}/events"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject()
            .ToDictionary(e => e.Key, e => e.Value!["value"]!.DeepClone());
}
