using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Api.Dialects.OpenApi;

/// <summary>The OpenAPI document at <c>/api/openapi.json</c> describes every seed dialect's routes, auth schemes, parameters and responses.</summary>
public sealed class DialectOpenApiTests(DialectHost host) : IClassFixture<DialectHost>
{
    private async Task<JsonObject> DocumentAsync()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await client.GetAsync("/api/openapi.json");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(text)!.AsObject();
    }

    [Fact]
    public async Task Every_dialect_route_is_described_with_both_auth_schemes()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!.AsObject();

        var expected = new (string Path, string Method)[]
        {
            ("/api/v1/agent_statuses", "post"), ("/api/v1/agent_statuses", "get"),
            ("/apps/api/v1/agent_statuses", "post"), ("/apps/api/v1/agent_statuses", "get"),
            ("/api/v1/agents/me/availability", "put"),
            ("/api/call_queues/{id}/agents", "get"), ("/api/call_queues/{id}/agents", "post"),
            ("/api/call_queues/{id}/agents/{agent_number}", "get"), ("/api/call_queues/{id}/agents/{agent_number}", "post"),
        }.Concat(new[] { "/manager/api/v1", "/apps/api/v1" }.SelectMany(prefix => new[]
        {
            "/agents", "/agents/current_status", "/agents/{id}", "/agent_activity_logs", "/user_statuses",
            "/menus", "/menus/tree", "/menus/{id}", "/teams", "/teams/tree", "/teams/{id}",
        }.Select(path => (prefix + path, "get"))));
        foreach (var (path, method) in expected)
        {
            var operation = paths[path]?[method];
            operation.ShouldNotBeNull($"{method} {path}");
            (operation["security"] ?? document["security"])!.AsArray().Select(s => s!.AsObject().Single().Key).ShouldBe(["bearer", "basic"], $"{method} {path}");
            operation["responses"]!.AsObject().ShouldContainKey("401");
            operation["responses"]!.AsObject().ShouldContainKey("429");
        }

        paths["/manager/api/v1/agents"]!["get"]!["responses"]!["401"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/responses/DialectUnauthorized");
        paths["/api/call_queues/{id}/agents"]!["post"]!["responses"]!.AsObject().ShouldContainKey("204");
        paths["/api/call_queues/{id}/agents/{agent_number}"]!["post"]!["responses"]!.AsObject().ShouldContainKey("204");

        var schemes = document["components"]!["securitySchemes"]!;
        schemes["bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        schemes["basic"]!["scheme"]!.GetValue<string>().ShouldBe("basic");
    }

    [Fact]
    public async Task Manager_lists_describe_their_query_language_and_paging()
    {
        var document = await DocumentAsync();

        var operation = document["paths"]!["/manager/api/v1/agents"]!["get"]!;
        var parameters = operation["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
        parameters.Keys.ShouldContain("page");
        parameters["per"]!["schema"]!["maximum"]!.GetValue<int>().ShouldBe(1000);
        parameters["sort_direction"]!["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("DESC");
        parameters["sort_column"]!["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("last_login_time");
        parameters["with_deleted"]!["schema"]!["type"]!.GetValue<string>().ShouldBe("boolean");
        parameters["id[]"]!["schema"]!["items"]!["type"]!.GetValue<string>().ShouldBe("integer");
        parameters["online[]"]!["schema"]!["items"]!["type"]!.GetValue<string>().ShouldBe("boolean");
        parameters["last_login_time[from]"]!["schema"]!["format"]!.GetValue<string>().ShouldBe("date-time");
        var ok = operation["responses"]!["200"]!;
        ok["headers"]!.AsObject().ShouldContainKey("X-Total-Count");
        ok["content"]!["application/json"]!["schema"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ManagerAgent");
        var agent = document["components"]!["schemas"]!["ManagerAgent"]!["properties"]!.AsObject();
        agent.Select(p => p.Key).ShouldBe(JsonNode.Parse(ManagerSeedExamples.Agents)![0]!.AsObject().Select(p => p.Key), ignoreOrder: true);
        document["paths"]!["/manager/api/v1/menus/tree"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())
            .ShouldBe(["with_deleted", "menu_type[]", "lang[]"]);
        document["paths"]!["/apps/api/v1/menus/{id}"]!["get"]!["parameters"]![0]!["example"]!.GetValue<long>().ShouldBe(1693);
    }

    [Fact]
    public async Task Trees_refer_to_their_own_schema_for_children()
    {
        var document = await DocumentAsync();

        var node = document["components"]!["schemas"]!["ManagerTeamNode"]!;
        node["properties"]!["children"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ManagerTeamNode");
    }

    [Fact]
    public async Task Dialect_errors_are_described_as_the_message_body()
    {
        var document = await DocumentAsync();

        var refused = document["paths"]!["/apps/api/v1/agent_statuses"]!["post"]!["responses"]!["400"]!["$ref"]!.GetValue<string>();
        var response = document["components"]!["responses"]![refused.Split('/')[^1]]!;
        refused.ShouldBe("#/components/responses/DialectBadRequest");
        response["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/DialectError");
        document["components"]!["schemas"]!["AppsStatusChange"]!["required"]!.AsArray().Select(r => r!.GetValue<string>())
            .ShouldBe(["status", "agent_ids", "team_ids"]);
    }
}
