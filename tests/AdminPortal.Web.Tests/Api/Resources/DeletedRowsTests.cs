using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Resources;

/// <summary>Deleted teams stay hidden unless the filter names their <c>deleted</c> attribute, not merely the word.</summary>
public sealed class DeletedRowsTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData("filter=contains(name,'deleted')", false)]
    [InlineData("filter=equals(parent.deleted,'false')", false)]
    [InlineData("filter=and(contains(name,'deleted'),equals(deleted,'true'))", true)]
    [InlineData("filter=equals(deleted,'true')", true)]
    public async Task Deleted_rows_show_only_when_the_filter_asks_for_them(string query, bool shown)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var created = await (await client.PostAsync("/api/teams",
            Json("""{"data": {"type": "Team", "attributes": {"name": "Undeleted Archive"} } }""", JsonApiMediaType))).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created["data"]!["id"]!.GetValue<string>();
        (await client.DeleteAsync($"/api/teams/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var listed = await (await client.GetAsync($"/api/teams?{query}&page[size]=100")).ShouldBeOkAsync();

        listed["data"]!.AsArray().Any(t => t!["id"]!.GetValue<string>() == id).ShouldBe(shown);
    }

    [Fact]
    public async Task A_filter_through_deleted_teams_does_not_bring_them_back_in_includes()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var trooper3 = await host.AgentAsync("trooper3@empire.com");
        var created = await (await client.PostAsync("/api/teams", Document(new
        {
            data = new
            {
                type = "Team",
                attributes = new { name = "Disbanded Squad" },
                relationships = new { agents = new { data = new[] { Identifier("Agent", trooper3.Id) } } },
            },
        }))).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created["data"]!["id"]!.GetValue<string>();
        (await client.DeleteAsync($"/api/teams/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var listed = await (await client.GetAsync("/api/agents?filter=has(teams,equals(deleted,'true'))&include=teams&page[size]=100")).ShouldBeOkAsync();

        listed["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldContain(trooper3.Id.ToString());
        listed["included"]!.AsArray().ShouldNotContain(t => t!["id"]!.GetValue<string>() == id);
        listed["data"]!.AsArray().ShouldAllBe(a => a!["relationships"]!["teams"]!["data"]!.AsArray().All(t => t!["id"]!.GetValue<string>() != id));
    }
}
