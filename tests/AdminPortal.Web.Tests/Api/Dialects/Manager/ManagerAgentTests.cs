using System.Net;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>Seed 004 agents: the list, one agent, and the current status, at both of the seed's prefixes.</summary>
public sealed class ManagerAgentTests(DialectHost host) : IClassFixture<DialectHost>
{
    [Theory]
    [InlineData("/manager/api/v1/agents")]
    [InlineData("/apps/api/v1/agents")]
    public async Task Agents_example_answers_the_seeds_agent_objects(string url)
    {
        var agents = await (await host.Manager().GetAsync(url)).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(agents, ManagerSeedExamples.Agents);
        var vader = agents.Single(a => a!["id"]!.GetValue<long>() == 11)!;
        vader["email"]!.GetValue<string>().ShouldBe("notanakinskywalker@empire.com");
        vader["first_name"]!.GetValue<string>().ShouldBe("Darth");
        vader["last_name"]!.GetValue<string>().ShouldBe("Vader");
        vader["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["agent"]);
        vader["agent_number"]!.GetValue<string>().ShouldBe("Agent No.111");
        vader["crm_authenticated"]!.GetValue<bool>().ShouldBeFalse();
        vader["status"]!["id"]!.GetValue<long>().ShouldBe(3);
        vader["status"]!["name"]!.GetValue<string>().ShouldBe("Lunch");
        vader["online"]!.GetValue<bool>().ShouldBeTrue();
        vader["teams"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ShouldBe(["Imperial Command"]);
        vader["created_at"]!.GetValue<string>().ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
    }

    [Fact]
    public async Task Channels_include_the_menus_of_the_agents_teams_and_their_parent_teams()
    {
        var trooper = (await (await host.Manager().GetAsync("/manager/api/v1/agents/19")).ShouldBeJsonAsync()).AsObject();

        var channels = trooper["channels"]!.AsArray()
            .Select(c => (c!["channel_type"]!.GetValue<string>(), c["menu"]!["name"]!.GetValue<string>()))
            .ToList();
        channels.ShouldBe(
            [("chat", "Carpentry"), ("voice_call", "Armor Polishing Team"), ("voice_call", "Death Star"), ("voice_call", "Death Star Venting System")],
            ignoreOrder: true);
        var deathStar = trooper["channels"]!.AsArray().Single(c => c!["menu"]!["name"]!.GetValue<string>() == "Death Star")!["menu"]!;
        deathStar["id"]!.GetValue<long>().ShouldBe(1693);
        deathStar["menu_type"]!.GetValue<string>().ShouldBe("ivr_menu");
        deathStar["output_msg"]!.GetValue<string>().ShouldBe("You have reached the Death Star");
        deathStar["hidden"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task One_agent_by_its_numeric_id()
    {
        var client = host.Manager();

        var craig = await (await client.GetAsync("/manager/api/v1/agents/12")).ShouldBeJsonAsync();
        var withRecordId = await (await client.GetAsync("/manager/api/v1/agents/12?record_id=12&with_deleted=true")).ShouldBeJsonAsync();
        var missing = await (await client.GetAsync("/manager/api/v1/agents/999")).ShouldBeMessageAsync(HttpStatusCode.NotFound);
        var mismatch = await (await client.GetAsync("/manager/api/v1/agents/12?record_id=13")).ShouldBeMessageAsync(HttpStatusCode.BadRequest);

        SeedShape.ShouldMatch(craig, SeedShape.Item(ManagerSeedExamples.Agents));
        craig["email"]!.GetValue<string>().ShouldBe("craigT@nelson.com");
        craig["status"]!["name"]!.GetValue<string>().ShouldBe("In-call");
        craig["status"]!["id"]!.GetValue<long>().ShouldBe(-7);
        craig["status"]!["wfm_id"]!.GetValue<int>().ShouldBe(34);
        craig["status"]!["color"]!.GetValue<string>().ShouldBe("light_blue");
        withRecordId["id"]!.GetValue<long>().ShouldBe(12);
        missing.ShouldBe("Agent '999' does not exist.");
        mismatch.ShouldBe("record_id 13 does not match the id 12 of the path.");
    }

    [Fact]
    public async Task Current_status_lists_the_signed_in_agents_with_their_holds()
    {
        var statuses = await (await host.Manager().GetAsync("/manager/api/v1/agents/current_status")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(statuses, ManagerSeedExamples.AgentsCurrentStatus);
        var ids = statuses.Ids();
        ids.ShouldContain(11);
        ids.ShouldContain(12);
        ids.ShouldNotContain(13, "Raymond D is offline");
        ids.ShouldNotContain(81, "Barry Allen is offline");
        var vader = statuses.Single(s => s!["id"]!.GetValue<long>() == 11)!;
        vader["status"]!.GetValue<string>().ShouldBe("Lunch");
        vader["status_id"]!.GetValue<long>().ShouldBe(3);
        vader["on_hold"]!.GetValue<bool>().ShouldBeFalse();
        vader["on_hold_duration"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Filters_by_every_documented_field()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Wrap-up");
        var client = host.Manager();
        var vaderLogin = DateTime.UtcNow.AddDays(-2);
        await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == ApiHost.VaderEmail)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.LastLoginTime, vaderLogin).SetProperty(x => x.StatusUpdatedAt, vaderLogin)
                .SetProperty(x => x.CallCount, 4711).SetProperty(x => x.ChatCount, 4712)));

        async Task<IReadOnlyList<long>> IdsAsync(string query) =>
            (await (await client.GetAsync($"/manager/api/v1/agents?{query}")).ShouldBeArrayAsync()).Ids();

        (await IdsAsync("id[]=12&id[]=11")).ShouldBe([11, 12]);
        (await IdsAsync("agent_number[]=Agent%20No.113")).ShouldBe([13]);
        (await IdsAsync("status_id[]=-7")).ShouldBe([12]);
        (await IdsAsync("status_id[]=3&status_id[]=-7")).ShouldBe([11, 12]);
        (await IdsAsync("online[]=false")).ShouldBe([1, 13, 81]);
        (await IdsAsync("wrap_up[]=true")).ShouldBe([34]);
        (await IdsAsync("location[]=Nelson%20Office&online[]=true")).ShouldBe([12]);
        (await IdsAsync($"last_login_time[from]={vaderLogin.AddSeconds(-1):O}&last_login_time[to]={vaderLogin.AddSeconds(1):O}")).ShouldBe([11]);
        (await IdsAsync($"status_updated_at[from]={vaderLogin.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ}&status_updated_at[to]={vaderLogin.AddMinutes(1):yyyy-MM-ddTHH:mm:ssZ}")).ShouldBe([11]);
        (await IdsAsync("call_count[from]=4711&call_count[to]=4711")).ShouldBe([11]);
        (await IdsAsync("chat_count[from]=4712")).ShouldBe([11]);
    }

    [Fact]
    public async Task Pages_and_sorts()
    {
        var client = host.Manager();
        var all = (await (await client.GetAsync("/manager/api/v1/agents")).ShouldBeArrayAsync()).Ids();

        var second = await client.GetAsync("/manager/api/v1/agents?page=2&per=3");
        var byName = await (await client.GetAsync("/manager/api/v1/agents?sort_column=last_name&sort_direction=DESC&per=2")).ShouldBeArrayAsync();
        var byIdDescending = await (await client.GetAsync("/manager/api/v1/agents?sort_direction=desc")).ShouldBeArrayAsync();
        var beyond = await (await client.GetAsync("/manager/api/v1/agents?page=50&per=3")).ShouldBeArrayAsync();

        all.ShouldBe(all.Order().ToList());
        (await second.ShouldBeArrayAsync()).Ids().ShouldBe(all.Skip(3).Take(3).ToList());
        second.Headers.GetValues("X-Total-Count").Single().ShouldBe(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        second.Headers.GetValues("X-Page").Single().ShouldBe("2");
        second.Headers.GetValues("X-Per-Page").Single().ShouldBe("3");
        var link = second.Headers.GetValues("Link").Single();
        link.ShouldContain("</manager/api/v1/agents?per=3&page=3>; rel=\"next\"");
        link.ShouldContain("</manager/api/v1/agents?per=3&page=1>; rel=\"prev\"");
        byName.Select(a => a!["last_name"]!.GetValue<string>()).ShouldBe(["Vader", "Trooper 7"]);
        byIdDescending.Ids().ShouldBe(all.OrderDescending().ToList());
        beyond.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("per=0", "per must be a whole number from 1 to 1000; '0' is not.")]
    [InlineData("per=abc", "per must be a whole number from 1 to 1000; 'abc' is not.")]
    [InlineData("page=-1", "page must be a whole number from 1 to 1000000; '-1' is not.")]
    [InlineData("page=1&page=2", "page takes one value; it was given 2.")]
    [InlineData("id[]=abc", "id[] must be a whole number; 'abc' is not.")]
    [InlineData("online[]=maybe", "online[] must be true or false; 'maybe' is not.")]
    [InlineData("last_login_time[from]=yesterday", "last_login_time[from] must be a UTC time such as 2021-05-10T17:45:01Z; 'yesterday' is not.")]
    [InlineData("email[from]=a", "email takes a list (email[]), not a range.")]
    [InlineData("sort_direction=up", "sort_direction must be ASC or DESC; 'up' is not.")]
    [InlineData("with_deleted=perhaps", "with_deleted must be true or false; 'perhaps' is not.")]
    public async Task Malformed_parameters_answer_400_with_the_message(string query, string message)
    {
        var response = await host.Manager().GetAsync($"/manager/api/v1/agents?{query}");

        (await response.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldBe(message);
    }

    [Fact]
    public async Task Unknown_parameters_and_sort_columns_name_what_is_accepted()
    {
        var unknown = await (await host.Manager().GetAsync("/manager/api/v1/agents?colour[]=red")).ShouldBeMessageAsync(HttpStatusCode.BadRequest);
        var sort = await (await host.Manager().GetAsync("/manager/api/v1/agents?sort_column=password")).ShouldBeMessageAsync(HttpStatusCode.BadRequest);

        unknown.ShouldStartWith("'colour[]' is not a parameter of this endpoint; it takes page, per, sort_column, sort_direction, with_deleted, id[], id[from], id[to], email[], ");
        unknown.ShouldContain("last_login_time[from], last_login_time[to]");
        sort.ShouldStartWith("sort_column must be one of id, email, first_name,");
    }

    [Fact]
    public async Task Unknown_path_answers_404_in_the_dialects_body()
    {
        var message = await (await host.Manager().GetAsync("/manager/api/v1/robots")).ShouldBeMessageAsync(HttpStatusCode.NotFound);

        message.ShouldBe("No endpoint answers GET /manager/api/v1/robots.");
    }

    [Fact]
    public async Task Another_organisation_reads_only_its_own_agents()
    {
        var rebels = await (await host.Rebels().GetAsync("/manager/api/v1/agents")).ShouldBeArrayAsync();
        var rebelsOne = await (await host.Rebels().GetAsync("/manager/api/v1/agents/1")).ShouldBeJsonAsync();
        var demoVader = await host.Rebels().GetAsync("/manager/api/v1/agents/11");

        rebels.Select(a => a!["email"]!.GetValue<string>()).ShouldBe([ApiHost.LeiaEmail, "luke@rebels.example.com"], ignoreOrder: true);
        rebelsOne["email"]!.GetValue<string>().ShouldEndWith("@rebels.example.com", Case.Sensitive, "the rebels' agent 1, not the demo's admin");
        await demoVader.ShouldBeMessageAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bearer_tokens_of_admins_and_supervisors_read_but_agents_do_not()
    {
        var admin = await (await host.ClientForAsync(ApiHost.AdminEmail)).GetAsync("/manager/api/v1/agents?id[]=11");
        var supervisor = await (await host.ClientForAsync(ApiHost.TarkinEmail)).GetAsync("/manager/api/v1/agents?id[]=11");
        var agent = await (await host.ClientForAsync(ApiHost.Trooper1Email)).GetAsync("/manager/api/v1/agents");
        var agentCredential = await host.CredentialAsync(ApiHost.AdminEmail, "Trooper softphone", ApiCredentialKind.Agent, ApiHost.Trooper1Email);
        var withAgentCredential = await host.Basic(agentCredential.Credential.Key, agentCredential.Secret).GetAsync("/manager/api/v1/agents");

        (await admin.ShouldBeArrayAsync()).Ids().ShouldBe([11]);
        (await supervisor.ShouldBeArrayAsync()).Ids().ShouldBe([11]);
        (await agent.ShouldBeMessageAsync(HttpStatusCode.Forbidden)).ShouldBe("Only admins, supervisors and organisation credentials read the organisation's directory.");
        await withAgentCredential.ShouldBeMessageAsync(HttpStatusCode.Forbidden);
    }
}
