using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>
/// The <c>simulate</c> command's target: the intake API of a running host, signed in with an organisation credential
/// (HTTP Basic). Queues and their agents come from the JSON:API (agent and team assignments, teams' members and
/// sub-teams); a 429 waits for Retry-After and tries again.
/// </summary>
public sealed class HttpTarget(HttpClient http, ILogger logger) : ISimulationTarget
{
    private const int MaxAttempts = 5;

    public static HttpClient Client(Uri baseAddress, string user, string secret) => new()
    {
        BaseAddress = baseAddress,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}"))) },
    };

    public async Task<IReadOnlyList<SimulatedQueue>> QueuesAsync(CancellationToken cancellationToken)
    {
        var queues = new Dictionary<(Guid, string, ContactKind), HashSet<Guid>>();
        HashSet<Guid> Of(JsonNode assignment)
        {
            var attributes = assignment["attributes"]!;
            var kind = QueueChannels.KindOf(attributes["channel_type"]!.GetValue<string>());
            var key = (Guid.Parse(assignment["relationships"]!["menu"]!["data"]!["id"]!.GetValue<string>()), attributes["lang"]!.GetValue<string>(), kind ?? ContactKind.Call);
            return kind is null ? [] : queues.TryGetValue(key, out var agents) ? agents : queues[key] = [];
        }

        foreach (var assignment in await GetAllAsync("/api/agent_assignments?page[size]=500", cancellationToken))
        {
            Of(assignment).Add(Guid.Parse(assignment["relationships"]!["agent"]!["data"]!["id"]!.GetValue<string>()));
        }

        var members = new Dictionary<Guid, IReadOnlyCollection<Guid>>();
        foreach (var assignment in await GetAllAsync("/api/team_assignments?page[size]=500", cancellationToken))
        {
            var team = Guid.Parse(assignment["relationships"]!["team"]!["data"]!["id"]!.GetValue<string>());
            if (!members.TryGetValue(team, out var agents))
            {
                members[team] = agents = await TeamMembersAsync(team, cancellationToken);
            }

            Of(assignment).UnionWith(agents);
        }

        return [.. queues.Where(q => q.Value.Count > 0).Select(q => new SimulatedQueue(q.Key.Item1, q.Key.Item2, q.Key.Item3, [.. q.Value]))];
    }

    public async Task<IReadOnlyCollection<Guid>> AvailableAgentsAsync(CancellationToken cancellationToken) =>
        [.. (await GetAllAsync("/api/agents?filter=equals(status.category,'available')&fields[Agent]=numeric_id&page[size]=500", cancellationToken))
            .Select(a => Guid.Parse(a["id"]!.GetValue<string>()))];

    public async Task SendAsync(IntakeEvent e, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["type"] = ContactEventTypes.Name(e.Type) };
        void Put(string name, object? value)
        {
            if (value is not null)
            {
                body[name] = JsonValue.Create(value is Guid id ? id.ToString() : value);
            }
        }

        Put("menu_id", e.MenuId);
        Put("lang", e.Lang);
        Put("agent_id", e.AgentId);
        Put("to_menu_id", e.ToMenuId);
        Put("to_agent_id", e.ToAgentId);
        Put(e.Kind == ContactKind.Call ? "call_type" : "chat_type", e.ContactType);
        Put("disconnected_by", e.DisconnectedBy);
        Put("sender", e.Sender);
        Put("fail_reason", e.FailReason);
        Put("group", e.Group);
        Put("code", e.Code);
        Put("rating", e.Rating);
        Put("feedback", e.Feedback);
        if (e.EndUser is { } user)
        {
            body["end_user"] = new JsonObject { ["id"] = user.Id, ["identifier"] = user.Identifier };
        }

        var path = $"/api/intake/{(e.Kind == ContactKind.Call ? "calls" : "chats")}/{Uri.EscapeDataString(e.ExternalId)}/events";
        using var response = await SendWithRetryAsync(() => new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        }, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task AcknowledgeMissedCallAsync(Guid agentId, CancellationToken cancellationToken)
    {
        using var read = await SendWithRetryAsync(() => new HttpRequestMessage(HttpMethod.Get, $"/api/agents/{agentId}?include=status"), cancellationToken);
        var agent = JsonNode.Parse(await read.Content.ReadAsStringAsync(cancellationToken));
        var status = agent?["included"]?.AsArray().FirstOrDefault(r => r?["type"]?.GetValue<string>() == "UserStatus")?["attributes"]?["name"]?.GetValue<string>();
        if (status != "Missed Call")
        {
            return;
        }

        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "OperatorStatus",
                ["attributes"] = new JsonObject { ["sip_user_id"] = agentId.ToString(), ["status"] = "Available", ["source"] = "system" },
            },
        };
        using var response = await SendWithRetryAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/operator_statuses")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/vnd.api+json"),
        }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogDebug("Agent {AgentId} stayed in Missed Call: {Status}", agentId, response.StatusCode);
        }
    }

    /// <summary>The team's members and those of its sub-teams (walked through <c>/api/teams/{id}/children</c>).</summary>
    private async Task<IReadOnlyCollection<Guid>> TeamMembersAsync(Guid team, CancellationToken cancellationToken)
    {
        var agents = new HashSet<Guid>();
        var pending = new Queue<Guid>([team]);
        var seen = new HashSet<Guid>();
        while (pending.TryDequeue(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            agents.UnionWith((await GetAllAsync($"/api/teams/{id}/agents?fields[Agent]=numeric_id&page[size]=500", cancellationToken)).Select(a => Guid.Parse(a["id"]!.GetValue<string>())));
            foreach (var child in await GetAllAsync($"/api/teams/{id}/children?fields[Team]=name&page[size]=500", cancellationToken))
            {
                pending.Enqueue(Guid.Parse(child["id"]!.GetValue<string>()));
            }
        }

        return agents;
    }

    /// <summary>Every resource of a collection, following <c>links.next</c>.</summary>
    private async Task<List<JsonNode>> GetAllAsync(string path, CancellationToken cancellationToken)
    {
        var all = new List<JsonNode>();
        for (var next = path; next is not null;)
        {
            var url = next;
            using var response = await SendWithRetryAsync(() => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);
            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            all.AddRange(document["data"]!.AsArray().Select(r => r!));
            next = document["links"]?["next"]?.GetValue<string>();
        }

        return all;
    }

    private async Task<HttpResponseMessage> SendWithRetryAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await http.SendAsync(request(), cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxAttempts)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{(int)response.StatusCode} {response.StatusCode}: {detail}", null, response.StatusCode);
        }
    }
}
