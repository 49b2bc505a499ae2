using System.Diagnostics;
using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using AdminPortal.Web.Tests.Api.Relationships;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Bounds;

/// <summary>No request may cost without bound (issue 9): atomic requests, included collections, filters, bodies, abandoned requests.</summary>
public static class RequestBounds
{
    public static string Operations(int count, string prefix) =>
        "{\"atomic:operations\": [" + string.Join(",", Enumerable.Range(0, count).Select(index =>
            "{\"op\": \"add\", \"data\": {\"type\": \"Team\", \"attributes\": {\"name\": \"" + prefix + " " + index + "\"}}}")) + "]}";

    public static async Task TooManyOperationsAreRefusedBeforeAnythingRunsAsync(ApiHost host, int maximum)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var prefix = $"Batch {Guid.NewGuid():N}";

        var response = await client.PostAsync("/api/operations", Json(Operations(maximum + 1, prefix), CrossOrganisationRelationships.AtomicMediaType));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge);
        error["detail"]!.GetValue<string>().ShouldContain($"at most {maximum}");
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().CountAsync(t => t.Name.StartsWith(prefix)))).ShouldBe(0);
    }

    /// <summary>While one organisation runs the largest batch allowed, another's status changes go through (they wait, they never
    /// fail with <c>database is locked</c>).</summary>
    public static async Task LargestBatchDoesNotStallAnotherOrganisationAsync(ApiHost host, int maximum)
    {
        var leia = await host.ClientForAsync(ApiHost.LeiaEmail);
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Available");
        var prefix = $"Fleet {Guid.NewGuid():N}";

        var batch = leia.PostAsync("/api/operations", Json(Operations(maximum, prefix), CrossOrganisationRelationships.AtomicMediaType));
        var changes = Enumerable.Range(0, 6).Select(async index =>
        {
            await Task.Delay(index * 40);
            return await admin.PostAsync("/api/operator_statuses", Json(
                $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{trooper.Id}}", "source": "admin", "status": "{{(index % 2 == 0 ? "Break" : "Available")}}"} } }""",
                JsonApiMediaType));
        }).ToList();

        (await (await batch).ShouldBeOkAsync())["atomic:results"]!.AsArray().Count.ShouldBe(maximum);
        foreach (var change in await Task.WhenAll(changes))
        {
            change.StatusCode.ShouldBe(HttpStatusCode.Created, await change.Content.ReadAsStringAsync());
        }
    }

    /// <summary>An agent with more status changes and activity than an included relationship shows: each included collection is
    /// its first page with a next link, however the include tree multiplies.</summary>
    public static async Task IncludedCollectionsAreBoundedAsync(ApiHost host, int includedPageSize)
    {
        // The organisation's first agent (agents are included in id order), so it is among the included ones.
        var firstEmail = await host.QueryAsync(db => db.Agents.IgnoreQueryFilters()
            .Where(a => a.OrganisationId == host.DemoOrganisationId).OrderBy(a => a.Id).Select(a => a.Email).FirstAsync());
        await host.PutInStatusAsync(firstEmail, "Available");
        var trooper = await host.AgentAsync(firstEmail);
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        for (var index = 0; index < includedPageSize + 3; index++)
        {
            (await admin.PostAsync("/api/operator_statuses", Json(
                $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{trooper.Id}}", "source": "admin", "status": "{{(index % 2 == 0 ? "Break" : "Available")}}"} } }""",
                JsonApiMediaType))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var watch = Stopwatch.StartNew();
        var document = await (await admin.GetAsync("/api/organisations?include=agents.operator_statuses,agents.activity_logs")).ShouldBeOkAsync();
        watch.Stop();

        var organisation = document["data"]!.AsArray().Single()!;
        organisation["relationships"]!["agents"]!["data"]!.AsArray().Count.ShouldBeLessThanOrEqualTo(includedPageSize);
        var included = document["included"]!.AsArray();
        included.Count(r => r!["type"]!.GetValue<string>() == "Agent").ShouldBeLessThanOrEqualTo(includedPageSize);
        foreach (var agent in included.Where(r => r!["type"]!.GetValue<string>() == "Agent"))
        {
            agent!["relationships"]!["operator_statuses"]!["data"]!.AsArray().Count.ShouldBeLessThanOrEqualTo(includedPageSize);
            agent["relationships"]!["activity_logs"]!["data"]!.AsArray().Count.ShouldBeLessThanOrEqualTo(includedPageSize);
        }

        var bounded = included.Count;
        bounded.ShouldBeLessThanOrEqualTo(includedPageSize + (2 * includedPageSize * includedPageSize));
        var statuses = included.Single(r => r!["id"]!.GetValue<string>() == trooper.Id.ToString())!["relationships"]!["operator_statuses"]!;
        statuses["data"]!.AsArray().Count.ShouldBe(includedPageSize);
        var next = await (await admin.GetAsync(statuses["links"]!["next"]!.GetValue<string>())).ShouldBeOkAsync();
        next["data"]!.AsArray().Count.ShouldBeInRange(Math.Min(includedPageSize, 3), includedPageSize, "the next page of the linkage, as large as an included page");
    }

    public static async Task AbandonedQueryStopsAsync(ApiHost host, string slowSql)
    {
        using var abandon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        var failure = await Should.ThrowAsync<Exception>(() => host.QueryAsync(db => db.Database.SqlQueryRaw<long>(slowSql).ToListAsync(abandon.Token)));

        watch.Stop();
        failure.ShouldNotBeNull();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8), $"the query should stop when its request is abandoned ({failure.GetType().Name}: {failure.Message})");
    }
}
