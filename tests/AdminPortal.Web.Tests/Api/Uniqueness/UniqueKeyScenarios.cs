using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Uniqueness;

/// <summary>A duplicate of a unique value answers 422 with the member's pointer and the rule's message, on either database.</summary>
internal static class UniqueKeyScenarios
{
    public static async Task Duplicate_email_in_another_case_is_refused_on_the_email(ApiHost host)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PostAsync("/api/agents", Json(
            """{"data": {"type": "Agent", "attributes": {"email": "CRAIGT@NELSON.COM", "first_name": "Craig", "last_name": "Again", "roles": "agent"} } }""",
            JsonApiMediaType));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/email");
        error["detail"]!.GetValue<string>().ShouldBe("The email 'CRAIGT@NELSON.COM' is already used by another agent.");
    }

    public static async Task Duplicate_extension_and_agent_number_are_refused_on_their_members(ApiHost host)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var barry = await host.AgentAsync(ApiHost.BarryEmail);

        var extension = await admin.PatchAsync($"/api/agents/{barry.Id}", Json(
            $$"""{"data": {"type": "Agent", "id": "{{barry.Id}}", "attributes": {"extension_number": "111"} } }""", JsonApiMediaType));
        var number = await admin.PatchAsync($"/api/agents/{barry.Id}", Json(
            $$"""{"data": {"type": "Agent", "id": "{{barry.Id}}", "attributes": {"agent_number": "Agent No.111"} } }""", JsonApiMediaType));

        var extensionError = await extension.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        extensionError["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/extension_number");
        extensionError["detail"]!.GetValue<string>().ShouldBe("The extension number '111' is already used by another agent.");
        (await number.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity))["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/agent_number");
        (await host.AgentAsync(ApiHost.BarryEmail)).ExtensionNumber.ShouldBe("114");
    }

    public static async Task Duplicate_team_name_among_siblings_is_refused_on_the_name(ApiHost host)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PostAsync("/api/teams", Json("""{"data": {"type": "Team", "attributes": {"name": "death star team"} } }""", JsonApiMediaType));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/name");
        error["detail"]!.GetValue<string>().ShouldBe("A team named 'death star team' already exists at the top level.");
    }

    public static async Task Duplicate_menu_name_among_siblings_is_refused_on_the_name(ApiHost host)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var deathStar = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters()
            .Where(m => m.Name == "Death Star" && m.OrganisationId == host.DemoOrganisationId).Select(m => m.Id).SingleAsync());

        var response = await admin.PostAsync("/api/menus", Document(new
        {
            data = new { type = "Menu", attributes = new { name = "CARPENTRY" }, relationships = new { parent = new { data = Identifier("Menu", deathStar) } } },
        }));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["detail"]!.GetValue<string>().ShouldBe("A menu named 'CARPENTRY' already exists under the same parent menu.");
    }

    public static async Task Duplicate_status_name_and_wfm_id_are_refused_on_their_members(ApiHost host)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var name = await admin.PostAsync("/api/user_statuses", Json(
            """{"data": {"type": "UserStatus", "attributes": {"name": "lunch", "color": "teal", "category": "away"} } }""", JsonApiMediaType));
        var wfm = await admin.PostAsync("/api/user_statuses", Json(
            """{"data": {"type": "UserStatus", "attributes": {"name": "Second lunch", "color": "teal", "wfm_id": 47, "category": "away"} } }""", JsonApiMediaType));

        (await name.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity))["detail"]!.GetValue<string>().ShouldBe("A status named 'lunch' already exists");
        (await wfm.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity))["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/wfm_id");
    }
}
