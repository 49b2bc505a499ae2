using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Resources;

public sealed class WritingResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    private Task<Guid> TeamIdAsync(string name) =>
        host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private Task<Guid> StatusIdAsync(string name) =>
        host.QueryAsync(db => db.UserStatuses.IgnoreQueryFilters().Where(s => s.OrganisationId == host.DemoOrganisationId && s.Name == name).Select(s => s.Id).SingleAsync());

    private static StringContent Resource(string type, string attributes, string? id = null)
    {
        var idMember = id is null ? "" : $", \"id\": \"{id}\"";
        return Json("{\"data\": {\"type\": \"" + type + "\"" + idMember + ", \"attributes\": {" + attributes + "}}}", JsonApiMediaType);
    }

    [Fact]
    public async Task Admin_can_create_rename_and_delete_a_team()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var regiment = await TeamIdAsync("Storm Trooper Regiment");

        var created = await client.PostAsync("/api/teams", Json("""
            {"data": {"type": "Team", "attributes": {"name": "Storm Trooper 3rd Regiment"},
                      "relationships": {"parent": {"data": {"type": "Team", "id": "@REGIMENT"}}}}}
            """.Replace("@REGIMENT", regiment.ToString(), StringComparison.Ordinal), JsonApiMediaType));
        var team = (await created.ShouldBeOkAsync(HttpStatusCode.Created))["data"]!;
        var id = team["id"]!.GetValue<string>();
        team["relationships"]!["parent"]!["data"]!["id"]!.GetValue<string>().ShouldBe(regiment.ToString());
        team["attributes"]!["agents_count"]!.GetValue<int>().ShouldBe(0);

        var renamed = await client.PatchAsync($"/api/teams/{id}", Resource("Team", "\"name\": \"Storm Trooper Third Regiment\"", id));
        (await renamed.ShouldBeOkAsync())["data"]!["attributes"]!["name"]!.GetValue<string>().ShouldBe("Storm Trooper Third Regiment");

        var deleted = await client.DeleteAsync($"/api/teams/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync($"/api/teams/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        var listed = await (await client.GetAsync("/api/teams?page[size]=100")).ShouldBeOkAsync();
        listed["data"]!.AsArray().ShouldNotContain(t => t!["id"]!.GetValue<string>() == id);
        var withDeleted = await (await client.GetAsync("/api/teams?filter=equals(deleted,'true')")).ShouldBeOkAsync();
        var shown = withDeleted["data"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == id)!;
        shown["attributes"]!["deleted"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Admin_can_add_a_custom_status_and_delete_it()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var created = await client.PostAsync("/api/user_statuses", Resource("UserStatus", "\"name\": \"Force Meditation\", \"color\": \"black\", \"category\": \"away\""));
        var status = (await created.ShouldBeOkAsync(HttpStatusCode.Created))["data"]!;
        status["attributes"]!["category"]!.GetValue<string>().ShouldBe("away");
        status["attributes"]!["system"]!.GetValue<bool>().ShouldBeFalse();
        var id = status["id"]!.GetValue<string>();

        var deleted = await client.DeleteAsync($"/api/user_statuses/{id}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync($"/api/user_statuses/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        var withDeleted = await (await client.GetAsync("/api/user_statuses?filter=equals(deleted,'true')")).ShouldBeOkAsync();
        withDeleted["data"]!.AsArray().ShouldContain(s => s!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Cannot_delete_a_built_in_status()
    {
        var available = await StatusIdAsync("Available");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.DeleteAsync($"/api/user_statuses/{available}");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        (await (await client.GetAsync($"/api/user_statuses/{available}")).ShouldBeOkAsync())["data"]!["attributes"]!["deleted"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Cannot_rename_a_built_in_status()
    {
        var available = await StatusIdAsync("Available");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PatchAsync($"/api/user_statuses/{available}", Resource("UserStatus", "\"name\": \"Ready\"", available.ToString()));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        (await host.QueryAsync(db => db.UserStatuses.IgnoreQueryFilters().Where(s => s.Id == available).Select(s => s.Name).SingleAsync())).ShouldBe("Available");
    }

    [Theory]
    [InlineData("name", "\"Anakin\"")]
    [InlineData("online", "false")]
    [InlineData("status_updated_at", "\"2020-01-01T00:00:00Z\"")]
    public async Task Cannot_write_read_only_agent_members(string member, string value)
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PatchAsync($"/api/agents/{vader.Id}", Resource("Agent", $"\"{member}\": {value}", vader.Id.ToString()));

        var error = await response.ShouldBeErrorAsync(response.StatusCode);
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        error.ShouldNotBeNull();
    }

    [Fact]
    public async Task Admin_can_edit_an_agent()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PatchAsync($"/api/agents/{vader.Id}", Resource("Agent", "\"location\": \"Mustafar\"", vader.Id.ToString()));

        (await response.ShouldBeOkAsync())["data"]!["attributes"]!["location"]!.GetValue<string>().ShouldBe("Mustafar");
        (await host.AgentAsync(ApiHost.VaderEmail)).Location.ShouldBe("Mustafar");
    }

    public static TheoryData<string, string, HttpStatusCode> WriteMatrix => new()
    {
        { ApiHost.AdminEmail, "create-team", HttpStatusCode.Created },
        { ApiHost.TarkinEmail, "create-team", HttpStatusCode.Forbidden },
        { ApiHost.Trooper1Email, "create-team", HttpStatusCode.Forbidden },
        { ApiHost.TarkinEmail, "edit-agent", HttpStatusCode.Forbidden },
        { ApiHost.Trooper1Email, "edit-self", HttpStatusCode.Forbidden },
        { ApiHost.TarkinEmail, "delete-menu", HttpStatusCode.Forbidden },
        { ApiHost.Trooper1Email, "delete-menu", HttpStatusCode.Forbidden },
        { ApiHost.Trooper1Email, "create-status", HttpStatusCode.Forbidden },
        { ApiHost.TarkinEmail, "create-status", HttpStatusCode.Forbidden },
        { ApiHost.TarkinEmail, "assign-agent", HttpStatusCode.Forbidden },
        { ApiHost.Trooper1Email, "join-team", HttpStatusCode.Forbidden },
        { ApiHost.AdminEmail, "join-team", HttpStatusCode.NoContent },
    };

    [Theory]
    [MemberData(nameof(WriteMatrix))]
    public async Task Role_decides_who_writes(string callerEmail, string write, HttpStatusCode expected)
    {
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        var trooper5 = await host.AgentAsync(ApiHost.Trooper5Email);
        var menu = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == "Mobile 1").Select(m => m.Id).SingleAsync());
        var team = await TeamIdAsync("Death Star Team");
        var client = await host.ClientForAsync(callerEmail);

        var response = write switch
        {
            "create-team" => await client.PostAsync("/api/teams", Resource("Team", $"\"name\": \"Team of {callerEmail}\"")),
            "edit-agent" => await client.PatchAsync($"/api/agents/{trooper5.Id}", Resource("Agent", "\"location\": \"Hoth\"", trooper5.Id.ToString())),
            "edit-self" => await client.PatchAsync($"/api/agents/{trooper1.Id}", Resource("Agent", "\"location\": \"Hoth\"", trooper1.Id.ToString())),
            "delete-menu" => await client.DeleteAsync($"/api/menus/{menu}"),
            "create-status" => await client.PostAsync("/api/user_statuses", Resource("UserStatus", "\"name\": \"Sith Training\", \"color\": \"red\"")),
            "assign-agent" => await client.PostAsync("/api/agent_assignments", Json("""
                {"data": {"type": "AgentAssignment", "relationships": {
                  "menu": {"data": {"type": "Menu", "id": "@MENU"}}, "agent": {"data": {"type": "Agent", "id": "@AGENT"}}}}}
                """.Replace("@MENU", menu.ToString(), StringComparison.Ordinal).Replace("@AGENT", trooper5.Id.ToString(), StringComparison.Ordinal), JsonApiMediaType)),
            "join-team" => await client.PostAsync($"/api/teams/{team}/relationships/agents",
                Json($$"""{"data": [{"type": "Agent", "id": "{{trooper1.Id}}"}]}""", JsonApiMediaType)),
            _ => throw new ArgumentOutOfRangeException(nameof(write)),
        };

        if (expected == HttpStatusCode.Forbidden)
        {
            await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        }
        else
        {
            response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        }
    }
}
