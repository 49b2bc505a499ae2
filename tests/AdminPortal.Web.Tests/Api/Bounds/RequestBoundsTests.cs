using System.Net;
using System.Text;
using AdminPortal.Web.Tests.Api.Concurrency;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Bounds;

public sealed class RequestBoundsTests(ApiHost host) : IClassFixture<ApiHost>
{
    /// <summary>Counts to a hundred million: many seconds unless interrupted.</summary>
    public const string SlowSqliteQuery = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000000) SELECT count(*) AS \"Value\" FROM n";

    [Fact]
    public Task Atomic_request_over_the_default_maximum_is_refused() => RequestBounds.TooManyOperationsAreRefusedBeforeAnythingRunsAsync(host, 100);

    [Fact]
    public Task Largest_atomic_request_does_not_stall_another_organisation() => RequestBounds.LargestBatchDoesNotStallAnotherOrganisationAsync(host, 100);

    [Fact]
    public Task Included_collections_are_bounded_pages() => RequestBounds.IncludedCollectionsAreBoundedAsync(host, 20);

    [Fact]
    public Task Abandoned_query_stops_on_sqlite() => RequestBounds.AbandonedQueryStopsAsync(host, SlowSqliteQuery);

    [Fact]
    public async Task Sqlite_writer_waits_for_another_writer_instead_of_failing()
    {
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Available");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var timeout = await host.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                return await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection(host.ConnectionString);
        await other.OpenAsync();
        await using var lockHolder = other.CreateCommand();
        lockHolder.CommandText = "BEGIN IMMEDIATE;";
        await lockHolder.ExecuteNonQueryAsync();

        var change = client.PostAsync("/api/operator_statuses", Json(
            $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{trooper.Id}}", "source": "admin", "status": "Break"} } }""", JsonApiMediaType));
        await Task.Delay(TimeSpan.FromSeconds(1));
        change.IsCompleted.ShouldBeFalse("the change waits while another connection writes");
        lockHolder.CommandText = "COMMIT;";
        await lockHolder.ExecuteNonQueryAsync();

        timeout.ShouldBe(AdminPortal.Domain.Data.SqliteConnectionSetup.BusyTimeoutMilliseconds);
        (await change).StatusCode.ShouldBe(HttpStatusCode.Created, await (await change).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(1000, HttpStatusCode.OK)]
    [InlineData(1001, HttpStatusCode.BadRequest)]
    public async Task Listing_emails_is_bounded(int count, HttpStatusCode expected)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var emails = string.Join(",", Enumerable.Range(0, count - 1).Select(index => $"'nobody{index}@example.com'").Append($"'{ApiHost.VaderEmail}'"));

        var response = await client.GetAsync($"/api/agents?filter=any(email,{Uri.EscapeDataString(emails)})");

        if (expected == HttpStatusCode.OK)
        {
            (await response.ShouldBeOkAsync())["data"]!.AsArray().Single()!["attributes"]!["email"]!.GetValue<string>().ShouldBe(ApiHost.VaderEmail);
        }
        else
        {
            (await response.ShouldBeErrorAsync(expected))["source"]!["parameter"]!.GetValue<string>().ShouldBe("filter");
        }
    }

    [Theory]
    [InlineData("/api/teams?filter=has(agents,has(teams,has(agents,equals(email,'x'))))")]
    [InlineData("/api/agents?filter=not(not(not(not(not(not(not(not(not(equals(email,'x'))))))))))")]
    public async Task Deeply_nested_filters_are_refused(string query)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var error = await (await client.GetAsync(query)).ShouldBeErrorAsync(HttpStatusCode.BadRequest);

        error["source"]!["parameter"]!.GetValue<string>().ShouldBe("filter");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_body_is_a_bad_request()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var body = Encoding.UTF8.GetBytes("""{"data": {"type": "T@@m", "attributes": {"name": "X"}}}""");
        var at = Array.IndexOf(body, (byte)'@');
        (body[at], body[at + 1]) = (0xC3, 0x28);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(JsonApiMediaType);

        var response = await client.PostAsync("/api/teams", content);

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
    }
}

/// <summary>A host whose atomic requests may carry at most 3 operations (Api:MaxAtomicOperations).</summary>
public sealed class SmallBatchApiHost() : ApiHost(new Dictionary<string, string?> { ["Api:MaxAtomicOperations"] = "3", ["Api:IncludedPageSize"] = "2" });

public sealed class ConfiguredBoundsTests(SmallBatchApiHost host) : IClassFixture<SmallBatchApiHost>
{
    [Fact]
    public Task Atomic_request_over_the_configured_maximum_is_refused() => RequestBounds.TooManyOperationsAreRefusedBeforeAnythingRunsAsync(host, 3);

    [Fact]
    public Task Included_collections_follow_the_configured_page_size() => RequestBounds.IncludedCollectionsAreBoundedAsync(host, 2);
}

public sealed class PostgresRequestBoundsTests(PostgresApiHost host) : IClassFixture<PostgresApiHost>
{
    [PostgresFact]
    public Task Largest_atomic_request_does_not_stall_another_organisation() => RequestBounds.LargestBatchDoesNotStallAnotherOrganisationAsync(host, 100);

    [PostgresFact]
    public Task Included_collections_are_bounded_pages() => RequestBounds.IncludedCollectionsAreBoundedAsync(host, 20);

    [PostgresFact]
    public Task Abandoned_query_stops_on_postgres() => RequestBounds.AbandonedQueryStopsAsync(host, "SELECT 1::bigint AS \"Value\" FROM pg_sleep(30)");
}
