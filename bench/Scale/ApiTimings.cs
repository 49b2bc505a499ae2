using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scale;

/// <summary>Times the API requests of the scale issue over one connection and counts the SQL statements each runs.</summary>
public sealed class ApiTimings(ScaleHost host, ScaleOptions options, TextWriter output)
{
    private const int Warmup = 5;

    public static readonly (string Name, string Path)[] Requests =
    [
        ("agents, 50, include status,teams, sparse", "/api/agents?page[size]=50&include=status,teams&fields[Agent]=name,email,status,teams"),
        ("  same, sort=name, filter status", "/api/agents?page[size]=50&include=status,teams&fields[Agent]=name,email,status,teams&sort=name&filter=equals(status.name,'Available')"),
        ("agents, page 150", "/api/agents?page[number]=150"),
        ("agents, page 150, sort=name", "/api/agents?page[number]=150&sort=name"),
        ("teams, include agents", "/api/teams?include=agents"),
        ("teams (agents_count)", "/api/teams"),
        ("teams, page 20, sort=-agents_count", "/api/teams?page[number]=20&sort=-agents_count"),
        ("operator_statuses, page 100", "/api/operator_statuses?page[number]=100"),
        ("agent_activity_logs, page 100", "/api/agent_activity_logs?page[number]=100"),
        ("menus, include agent_assignments", "/api/menus?include=agent_assignments"),
    ];

    public async Task<HttpClient> ClientAsync()
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = host.Address };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email = host.AdminEmail, password = ScaleHost.AgentPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.api+json");
        return client;
    }

    public async Task RunAsync()
    {
        using var client = await ClientAsync();
        await output.WriteLineAsync($"{"request (10,000 agents: one connection)",-44} {"p50 ms",8} {"p95 ms",8} {"SQL/req",8} {"bytes",10}");
        foreach (var (name, path) in Requests)
        {
            var latencies = new List<double>();
            var statements = new List<int>();
            var bytes = 0;
            for (var index = 0; index < Warmup + options.Samples; index++)
            {
                var key = Guid.NewGuid().ToString("N");
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add(SqlStatementCounter.Header, key);
                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                }

                var count = host.Statements.Take(key);
                if (index >= Warmup)
                {
                    latencies.Add(elapsed);
                    statements.Add(count);
                    bytes = body.Length;
                }
            }

            var sql = statements.Min() == statements.Max() ? $"{statements[0]}" : $"{statements.Min()}-{statements.Max()}";
            await output.WriteLineAsync($"{name,-44} {Percentiles.Of(latencies, 0.5),8:F1} {Percentiles.Of(latencies, 0.95),8:F1} {sql,8} {bytes,10:N0}");
        }
    }
}
