using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.OpenApi;

/// <summary>
/// Every operation of the OpenAPI document is called on the real host and each answer (successes and refusals) must be a status the
/// operation documents, in a documented media type, with a body its schema accepts. JSON:API operations are driven from the document
/// itself (lists give ids, relationships are written back as they are); the plain endpoints by known requests; any other operation by
/// the examples its parameters and body document.
/// </summary>
public sealed class ResponseSchemaTests(ApiHost host) : IClassFixture<ApiHost>
{
    private readonly Dictionary<string, List<string>> _ids = [];
    private readonly Dictionary<string, string> _created = [];

    [Fact]
    public async Task Every_operation_answers_as_its_OpenAPI_document_says()
    {
        // Arrange
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var document = JsonNode.Parse(await admin.GetStringAsync("/api/openapi.json"))!.AsObject();
        var run = new ContractRun(new OpenApiContract(document), admin);

        // Act
        await CreateEveryResourceAsync(run);
        await ReadEveryResourceAsync(run);
        await ChangeEveryResourceAsync(run);
        await CallPlainEndpointsAsync(run);
        await CallLiveQueuesAsync(run);
        await RefuseAsync(run);
        await DeleteCreatedAsync(run);
        await CallDocumentedExamplesAsync(run);

        // Assert
        run.Problems.ShouldBeEmpty(string.Join("\n", run.Problems));
        run.WithoutSuccess.ShouldBeEmpty(string.Join("\n", run.WithoutSuccess));
    }

    /// <summary>Lists (plain and with every relationship included) give the ids; then every single, related and relationship read.</summary>
    private async Task ReadEveryResourceAsync(ContractRun run)
    {
        foreach (var list in JsonApiOperations(run, "list"))
        {
            var data = (await run.SendAsync(list.OperationId, query: "?page[size]=3"))!["data"]!.AsArray();
            _ids[Route(list)] = [.. data.Select(resource => resource!["id"]!.GetValue<string>())];
            var relationships = Relationships(run, TypeOf(list));
            if (relationships.Count > 0)
            {
                await run.SendAsync(list.OperationId, query: $"?page[size]=2&include={string.Join(',', relationships)}");
            }
        }

        foreach (var read in run.Contract.Operations.Where(o => o.Method == "get" && o.Path.Contains("/{id}", StringComparison.Ordinal) && _ids.ContainsKey(Route(o))))
        {
            foreach (var id in _ids[Route(read)].Take(2))
            {
                await run.SendAsync(read.OperationId, Id(id));
            }
        }
    }

    private async Task CreateEveryResourceAsync(ContractRun run)
    {
        var trooper = (await run.SendAsync("listAgent", query: $"?filter=equals(email,'{ApiHost.Trooper1Email}')"))!["data"]![0]!["id"]!.GetValue<string>();
        await CreateAsync(run, "Agent", new() { ["email"] = "contract.probe@empire.com", ["first_name"] = "Contract", ["last_name"] = "Probe" });
        await CreateAsync(run, "Team", new() { ["name"] = "Contract team" });
        await CreateAsync(run, "Menu", new() { ["name"] = "Contract menu", ["menu_type"] = "ivr_menu" });
        await CreateAsync(run, "UserStatus", new() { ["name"] = "Contract status", ["color"] = "#336699", ["category"] = "busy" });
        await CreateAsync(run, "QueueGroup", new() { ["name"] = "Contract group" });
        await CreateAsync(run, "ApiCredential", new() { ["name"] = "Contract key", ["kind"] = "organisation" });
        await CreateAsync(run, "AgentAssignment", new() { ["lang"] = "en" }, ("menu", "Menu"), ("agent", "Agent"));
        await CreateAsync(run, "TeamAssignment", new() { ["lang"] = "en" }, ("menu", "Menu"), ("team", "Team"));
        await CreateAsync(run, "OperatorStatus", new() { ["sip_user_id"] = trooper, ["status"] = "Break", ["source"] = "api" });
    }

    /// <summary>Empty updates, every relationship written back as it is (to-many removals with none), and an atomic batch with lids.</summary>
    private async Task ChangeEveryResourceAsync(ContractRun run)
    {
        foreach (var update in JsonApiOperations(run, "update"))
        {
            var type = TypeOf(update);
            var id = _created.GetValueOrDefault(type) ?? _ids[Route(update)][0];
            await run.SendAsync(update.OperationId, Id(id), body: Data(new JsonObject { ["type"] = type, ["id"] = id }));
        }

        foreach (var change in run.Contract.Operations.Where(o => o.Path.Contains("/relationships/", StringComparison.Ordinal) && o.Method != "get"))
        {
            var id = _created.GetValueOrDefault(TypeOf(change)) ?? _ids[Route(change)][0];
            var linkage = (await run.SendAsync(run.Contract.Operations.Single(o => o.Path == change.Path && o.Method == "get").OperationId,
                Id(id), query: change.Path.EndsWith("/parent", StringComparison.Ordinal) ? "" : "?page[size]=500"))!["data"];
            var body = change.Method == "delete" ? new JsonArray() : linkage?.DeepClone();
            await run.SendAsync(change.OperationId, Id(id), body: Data(body));
        }

        await run.SendAsync("atomicOperations", body: new JsonObject
        {
            ["atomic:operations"] = new JsonArray(
                Add(new JsonObject { ["type"] = "Team", ["lid"] = "parent", ["attributes"] = new JsonObject { ["name"] = "Contract parent" } }),
                Add(new JsonObject
                {
                    ["type"] = "Team",
                    ["lid"] = "child",
                    ["attributes"] = new JsonObject { ["name"] = "Contract child" },
                    ["relationships"] = new JsonObject { ["parent"] = Data(new JsonObject { ["type"] = "Team", ["lid"] = "parent" }) },
                }),
                new JsonObject { ["op"] = "update", ["data"] = new JsonObject { ["type"] = "Team", ["lid"] = "child", ["attributes"] = new JsonObject { ["position"] = 3 } } }),
        });
    }

    /// <summary>The plain endpoints, addressed by method and path (whichever contributor describes them).</summary>
    private async Task CallPlainEndpointsAsync(ContractRun run)
    {
        var anonymous = host.CreateClient();
        await run.SendAsync("POST /api/auth/token", body: new JsonObject { ["email"] = ApiHost.AdminEmail, ["password"] = TestSecrets.AdminPassword }, caller: anonymous);
        await run.SendAsync("POST /api/auth/token", body: new JsonObject { ["email"] = ApiHost.AdminEmail, ["password"] = "wrong" }, caller: anonymous);
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);
        await run.SendAsync("POST /api/v1/agent_statuses", body: new JsonObject { ["status"] = "Break", ["agent_ids"] = new JsonArray(trooper.Id.ToString()) });
        await run.SendAsync("POST /api/v1/agent_statuses", body: new JsonObject { ["status"] = "Napping", ["agent_ids"] = new JsonArray(trooper.Id.ToString()) });
        await run.SendAsync("GET /api/v1/agent_statuses", query: $"?agent_ids[]={trooper.Id}");
        await run.SendAsync("PUT /api/v1/agents/me/availability", body: new JsonObject { ["status"] = "available" }, caller: await host.ClientForAsync(ApiHost.Trooper5Email));

        var queue = (await run.SendAsync("createMenu", body: Data(new JsonObject
        {
            ["type"] = "Menu",
            ["attributes"] = new JsonObject { ["name"] = "Contract queue", ["menu_type"] = "ivr_menu" },
        })))!["data"]!["id"]!.GetValue<string>();
        var agent = new Dictionary<string, string> { ["id"] = queue, ["agent_number"] = trooper.ExtensionNumber! };
        await run.SendAsync("POST /api/call_queues/{id}/agents", Id(queue), body: new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject { ["extension_number"] = trooper.ExtensionNumber, ["skill_level"] = 4 }),
        });
        await run.SendAsync("GET /api/call_queues/{id}/agents", Id(queue));
        await run.SendAsync("GET /api/call_queues/{id}/agents/{agent_number}", agent);
        await run.SendAsync("POST /api/call_queues/{id}/agents/{agent_number}", agent, body: new JsonObject { ["status"] = "BREAK" });
        await run.SendAsync("POST /api/call_queues/{id}/agents/{agent_number}/status", agent, body: new JsonObject { ["status"] = "READY" });
        await run.SendAsync("GET /api/call_queues/{id}/agents/{agent_number}", new Dictionary<string, string> { ["id"] = queue, ["agent_number"] = "999999" });
    }

    /// <summary>The intake (a call's and a chat's life, then refusals) and the queue reports, on an organisation credential and an admin.</summary>
    private async Task CallLiveQueuesAsync(ContractRun run)
    {
        var phone = host.WithOrganisationCredential(await host.CreateAsync("Contract phone system"));
        const string Call = "POST /api/intake/calls/{id}/events";
        const string Chat = "POST /api/intake/chats/{id}/events";
        foreach (var body in new[] { """{"type": "queued", "menu_id": 11}""", """{"type": "offered", "agent_id": 19}""", """{"type": "connected"}""", """{"type": "connected"}""" })
        {
            await run.SendAsync(Call, Id("CONTRACT-1"), body: JsonNode.Parse(body), caller: phone);
        }

        // a call and a chat with every member of seed 004's objects the intake fills: menu time, offers, codes, the end user's time
        foreach (var body in new[]
        {
            """{"type": "selecting", "menu_id": 1693, "support_number": "+15550009999"}""", """{"type": "queued", "menu_id": 11}""",
            """{"type": "offered", "agent_id": 34, "group": "Group 1"}""", """{"type": "connected"}""", """{"type": "disposition", "code": "Product question"}""",
            """{"type": "transferred", "to_agent_id": 35}""", """{"type": "connected"}""", """{"type": "ended"}""", """{"type": "disposition", "code": "Requires follow up"}""",
        })
        {
            await run.SendAsync(Call, Id("CONTRACT-4"), body: JsonNode.Parse(body), caller: phone);
        }

        foreach (var body in new[]
        {
            """{"type": "queued", "menu_id": 11, "end_user": {"id": "contract-5"}}""", """{"type": "offered", "agent_id": 36, "group": "Group 1"}""",
            """{"type": "connected"}""", """{"type": "message", "sender": "end_user"}""", """{"type": "message", "sender": "agent"}""", """{"type": "ended"}""",
            """{"type": "disposition", "code": "Resolved"}""",
        })
        {
            await run.SendAsync(Chat, Id("CONTRACT-5"), body: JsonNode.Parse(body), caller: phone);
        }

        var calls = await run.SendAsync("managerListCalls", query: "?support_number[]=%2B15550009999");
        var chats = await run.SendAsync("managerListChats", query: "?end_user_id[]=contract-5");
        calls!.AsArray().Single()!["dispositions"]!.AsArray().Count.ShouldBe(2);
        calls.AsArray().Single()!["consumer_in_menu_durations"]!.AsArray().Count.ShouldBe(1);
        chats!.AsArray().Single()!["consumer_handle_durations"]!.AsArray().Count.ShouldBe(1);

        await run.SendAsync(Chat, Id("CONTRACT-2"), body: JsonNode.Parse("""{"type": "queued", "menu_id": 11, "chat_type": "Messaging (SMS)"}"""), caller: phone);
        await run.SendAsync(Chat, Id("CONTRACT-2"), body: JsonNode.Parse("""{"type": "ended"}"""));
        await run.SendAsync(Chat, Id("CONTRACT-2"), body: JsonNode.Parse("""{"type": "ringing"}"""));
        await run.SendAsync(Call, Id("CONTRACT-3"), body: JsonNode.Parse("""{"type": "queued", "menu_id": 99999}"""));
        await run.SendAsync(Call, Id("CONTRACT-3"), body: JsonNode.Parse("""{"type": "queued", "menu_id": 11}"""), mediaType: "text/plain");
        await run.SendAsync(Call, Id("CONTRACT-3"), body: JsonNode.Parse("[1]"));
        await run.SendAsync(Call, Id("CONTRACT-3"), body: JsonNode.Parse("""{"type": "queued", "menu_id": 11}"""), caller: await host.ClientForAsync(ApiHost.Trooper5Email));

        await run.SendAsync("readQueueStatus", query: "?staffed=true");
        await run.SendAsync("readQueueStatus", query: "?channel=chat&menu=11");
        await run.SendAsync("readQueueStatus", query: "?menu=99999");
        await run.SendAsync("readQueueServiceLevels", query: "?minutes=60");
        await run.SendAsync("readQueueServiceLevels", query: "?minutes=0");
        await run.SendAsync("readGroupServiceLevels", query: "?minutes=15&channel=call");
        await run.SendAsync("readGroupServiceLevels", query: "?minutes=15", caller: await host.ClientForAsync(ApiHost.Trooper5Email));
    }

    /// <summary>Operations of other areas are called as their documented examples say (every parameter and body needs one).</summary>
    private static async Task CallDocumentedExamplesAsync(ContractRun run)
    {
        foreach (var operation in run.Contract.Operations.Where(o => !run.WasExercised(o)))
        {
            if (run.Contract.ExampleOf(operation) is not { } example)
            {
                run.Problems.Add($"{operation.Method.ToUpperInvariant()} {operation.Path} ({operation.OperationId}) has no example for every parameter and its body.");
                continue;
            }

            await run.SendAsync(operation.OperationId, example.PathValues, example.Query, example.Body);
        }
    }

    /// <summary>Refusals are documented too: unknown id, bad query, wrong media types, no credentials, too many operations.</summary>
    private async Task RefuseAsync(ContractRun run)
    {
        await run.SendAsync("getAgent", Id(Guid.NewGuid().ToString()));
        await run.SendAsync("listAgent", query: "?page[size]=100000");
        await run.SendAsync("listTeam", adjust: request => request.Headers.Accept.ParseAdd("text/html"));
        await run.SendAsync("listMenu", caller: host.CreateClient());
        await run.SendAsync("createTeam", body: Data(new JsonObject { ["type"] = "Team" }), mediaType: "application/json");
        await run.SendAsync("createTeam", body: Data(new JsonObject { ["type"] = "Team", ["attributes"] = new JsonObject { ["name"] = 42 } }));
        await run.SendAsync("createTeam", body: Data(new JsonObject { ["type"] = "Menu", ["attributes"] = new JsonObject { ["name"] = "x" } }));
        await run.SendAsync("atomicOperations", body: new JsonObject
        {
            ["atomic:operations"] = new JsonArray([.. Enumerable.Range(0, 101).Select(_ => (JsonNode)new JsonObject { ["op"] = "remove", ["ref"] = new JsonObject { ["type"] = "Team", ["id"] = Guid.NewGuid().ToString() } })]),
        });
    }

    private async Task DeleteCreatedAsync(ContractRun run)
    {
        foreach (var type in new[] { "AgentAssignment", "TeamAssignment", "ApiCredential", "QueueGroup", "UserStatus", "Menu", "Team" })
        {
            await run.SendAsync($"delete{type}", Id(_created[type]));
        }
    }

    private async Task CreateAsync(ContractRun run, string type, JsonObject attributes, params (string Name, string Type)[] relationships)
    {
        var related = new JsonObject();
        foreach (var (name, relatedType) in relationships)
        {
            related[name] = Data(new JsonObject { ["type"] = relatedType, ["id"] = _created[relatedType] });
        }

        var created = await run.SendAsync($"create{type}", body: Data(new JsonObject { ["type"] = type, ["attributes"] = attributes, ["relationships"] = related }));
        _created[type] = created?["data"]?["id"]?.GetValue<string>() ?? throw new ShouldAssertException($"Creating a {type} failed: {created?.ToJsonString()}");
    }

    private static IEnumerable<ContractOperation> JsonApiOperations(ContractRun run, string verb) => run.Contract.Operations
        .Where(o => o.OperationId.StartsWith(verb, StringComparison.Ordinal) && o.Body["tags"]?[0] is { } tag
            && run.Contract.Operations.Any(list => list.OperationId == $"list{tag}"))
        .ToList();

    private static string TypeOf(ContractOperation operation) => operation.Body["tags"]![0]!.GetValue<string>();

    private static string Route(ContractOperation operation) => operation.Path.Split('/')[2];

    private static List<string> Relationships(ContractRun run, string type) =>
        [.. run.Contract.Operations.Where(o => o.OperationId.StartsWith($"get{type}_", StringComparison.Ordinal) && !o.OperationId.EndsWith("_relationship", StringComparison.Ordinal))
            .Select(o => o.Path.Split('/')[^1])];

    private static Dictionary<string, string> Id(string id) => new() { ["id"] = id };

    private static JsonObject Data(JsonNode? data) => new() { ["data"] = data };

    private static JsonObject Add(JsonObject data) => new() { ["op"] = "add", ["data"] = data };
}
