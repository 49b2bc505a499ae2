using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Scale;

/// <summary>
/// A status change holds SQLite's one write transaction at a time only while it writes (issue 14): every other status
/// change of the host waits for that transaction, so its reads (the caller, the statuses, the agent, its open interval) run
/// before it begins. With them inside, 8 concurrent clients reached 250–290 changes a second; without, 310–380.
/// </summary>
public sealed class StatusWriteSqlTests(SqlLoggingApiHost host) : IClassFixture<SqlLoggingApiHost>
{
    [Fact]
    public async Task A_status_change_reads_before_its_write_transaction_which_only_writes()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var body = $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{vader.Id}}", "status": "Available"} } }""";

        var statements = (await host.StatementsOfAsync(
            new HttpRequestMessage(HttpMethod.Post, "/api/operator_statuses") { Content = Json(body, JsonApiMediaType) }, HttpStatusCode.Created)).ToList();

        var listing = string.Join("\n---\n", statements);
        statements.Count(s => s == RequestSqlLog.Begin).ShouldBe(1, listing);
        var begin = statements.IndexOf(RequestSqlLog.Begin);
        var commit = statements.IndexOf(RequestSqlLog.Commit);
        commit.ShouldBeGreaterThan(begin, listing);
        var inside = statements.Skip(begin + 1).Take(commit - begin - 1).ToList();
        inside.ShouldAllBe(s => IsWrite(s), listing);
        inside.ShouldContain(s => s.StartsWith("INSERT INTO \"operator_statuses\"", StringComparison.Ordinal), listing);
        inside.ShouldContain(s => s.StartsWith("UPDATE \"agents\"", StringComparison.Ordinal), listing);
        inside.ShouldContain(s => s.StartsWith("UPDATE \"agent_activity_logs\"", StringComparison.Ordinal), listing);
        statements.Take(begin).ShouldContain(s => s.StartsWith("SELECT", StringComparison.Ordinal) && s.Contains("FROM \"agents\"", StringComparison.Ordinal), listing);
        statements.Take(begin).ShouldContain(s => s.Contains("FROM \"agent_activity_logs\"", StringComparison.Ordinal), listing);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
    }

    private static bool IsWrite(string statement) =>
        statement.StartsWith("INSERT", StringComparison.Ordinal)
        || statement.StartsWith("UPDATE", StringComparison.Ordinal)
        || statement.StartsWith("DELETE", StringComparison.Ordinal);
}
