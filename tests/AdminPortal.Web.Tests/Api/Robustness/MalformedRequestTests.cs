using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Robustness;

/// <summary>No 500: malformed bodies and query strings against every resource answer 4xx with error objects.</summary>
public sealed class MalformedRequestTests(ApiHost host) : IClassFixture<ApiHost>
{
    private static readonly (string Route, string Type)[] Resources =
    [
        ("organisations", "Organisation"), ("agents", "Agent"), ("teams", "Team"), ("menus", "Menu"),
        ("agent_assignments", "AgentAssignment"), ("team_assignments", "TeamAssignment"), ("user_statuses", "UserStatus"),
        ("operator_statuses", "OperatorStatus"), ("agent_activity_logs", "AgentActivityLog"), ("calls", "Call"), ("chats", "Chat"),
    ];

    private static readonly string[] BadQueries =
    [
        "include=nope", "include=organisation.nope.deeper.still", "fields[Nope]=x", "sort=nope", "sort=", "filter=bogus(",
        "filter=equals(nope,'1')", "filter=equals(id,'not-a-uuid')", "page[size]=-1", "page[size]=100000", "page[number]=abc",
        "page[number]=0", "unknown=1", "filter=greaterThan(created_at,'yesterday')",
    ];

    private static readonly string[] BadBodies =
    [
        "", "{", "[]", "null", "42", "{\"data\": null}", "{\"data\": []}", "{\"data\": {\"type\": \"Nope\", \"attributes\": {}}}",
        "{\"data\": {\"attributes\": {}}}", "{\"data\": {\"type\": \"@TYPE\", \"attributes\": {\"nope\": 1}}}",
        "{\"data\": {\"type\": \"@TYPE\", \"attributes\": \"text\"}}",
        "{\"data\": {\"type\": \"@TYPE\", \"attributes\": {\"name\": 42, \"email\": [], \"sip_user_id\": \"x\", \"position\": \"first\"}}}",
        "{\"data\": {\"type\": \"@TYPE\", \"relationships\": {\"organisation\": {\"data\": {\"type\": \"Organisation\", \"id\": \"x\"}}}}}",
    ];

    public static TheoryData<string, string> QueryCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (route, _) in Resources)
        {
            foreach (var query in BadQueries)
            {
                cases.Add(route, query);
            }
        }

        return cases;
    }

    public static TheoryData<string, string, string> BodyCases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (route, type) in Resources)
        {
            foreach (var body in BadBodies)
            {
                cases.Add(route, type, body);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(QueryCases))]
    public async Task Malformed_query_string_is_a_client_error(string route, string query)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/{route}?{query}");

        await ShouldBeClientErrorAsync(response);
    }

    [Theory]
    [MemberData(nameof(BodyCases))]
    public async Task Malformed_body_is_a_client_error(string route, string type, string body)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var post = await client.PostAsync($"/api/{route}", Json(body.Replace("@TYPE", type, StringComparison.Ordinal), JsonApiMediaType));

        await ShouldBeClientErrorAsync(post);
    }

    [Theory]
    [InlineData("agents")]
    [InlineData("teams")]
    [InlineData("operator_statuses")]
    public async Task Bad_ids_and_media_types_are_client_errors(string route)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var responses = new[]
        {
            await client.GetAsync($"/api/{route}/not-a-uuid"),
            await client.GetAsync($"/api/{route}/0196a4c0-0000-7000-8000-000000000000"),
            await client.GetAsync($"/api/{route}/0196a4c0-0000-7000-8000-000000000000/nope"),
            await client.PatchAsync($"/api/{route}/not-a-uuid", Json("{\"data\": {}}", JsonApiMediaType)),
            await client.DeleteAsync($"/api/{route}/not-a-uuid"),
            await client.PostAsync($"/api/{route}", Json("{\"data\": {}}", "text/plain")),
            await client.PostAsync($"/api/{route}", Json("{\"data\": {}}", "application/vnd.api+json; charset=utf-8; foo=bar")),
        };

        foreach (var response in responses)
        {
            await ShouldBeClientErrorAsync(response);
        }
    }

    public static TheoryData<string, string, string> PlainEndpointCases => new()
    {
        { "POST", "/api/v1/agent_statuses", "{" },
        { "POST", "/api/v1/agent_statuses", "[]" },
        { "POST", "/api/v1/agent_statuses", "null" },
        { "POST", "/api/v1/agent_statuses", "{\"status\": \"Available\", \"agent_ids\": [null]}" },
        { "GET", "/api/v1/agent_statuses?agent_ids[]=x", "" },
        { "GET", "/api/v1/agent_statuses?team_ids=1,2", "" },
        { "PUT", "/api/v1/agents/me/availability", "" },
        { "PUT", "/api/v1/agents/me/availability", "{\"status\": {}}" },
        { "PUT", "/api/v1/agents/me/availability", "{\"status\": 1}" },
        { "POST", "/api/call_queues/x/agents", "{}" },
        { "POST", "/api/call_queues/@QUEUE/agents", "{}" },
        { "POST", "/api/call_queues/@QUEUE/agents", "{\"items\": [null]}" },
        { "POST", "/api/call_queues/@QUEUE/agents", "{\"items\": [{\"extension_number\": \"12\"}]}" },
        { "POST", "/api/call_queues/@QUEUE/agents", "{\"items\": [{\"extension_number\": \"111\", \"skill_level\": 0}]}" },
        { "POST", "/api/call_queues/@QUEUE/agents", "{\"items\": [{\"extension_number\": \"111\", \"skill_level\": \"high\"}]}" },
        { "POST", "/api/call_queues/@QUEUE/agents", "{\"items\": [{\"extension_number\": \"111\"}, {\"extension_number\": \"111\"}]}" },
        { "POST", "/api/call_queues/@QUEUE/agents/111", "{\"status\": [\"READY\"]}" },
        { "GET", "/api/call_queues/@QUEUE/agents/1234567890123456789012345678901234567890123456789012345678901234567890", "" },
        { "POST", "/api/auth/token", "{\"email\": null, \"password\": null}" },
    };

    [Theory]
    [MemberData(nameof(PlainEndpointCases))]
    public async Task Malformed_plain_requests_are_client_errors(string method, string path, string body)
    {
        var queue = await host.QueryAsync(db => Task.FromResult(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Menus).Where(m => m.Name == "Premium Support").Select(m => m.Id).Single()));
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("@QUEUE", queue.ToString(), StringComparison.Ordinal));
        if (method != "GET")
        {
            request.Content = Json(body);
        }

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBeInRange(400, 499, await response.Content.ReadAsStringAsync());
        var json = await response.JsonAsync();
        (json["errors"] ?? json["message"]).ShouldNotBeNull();
    }

    private static async Task ShouldBeClientErrorAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {text}");
        await response.ShouldBeErrorAsync(response.StatusCode);
    }
}
