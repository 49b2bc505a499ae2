using AdminPortal.Domain.Agents;
using AdminPortal.Web.Components.Pages.Agents;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AgentsPage = AdminPortal.Web.Components.Pages.Agents.Agents;

namespace AdminPortal.Web.Tests.Portal.Agents;

/// <summary>CSV import through the real agent service: a preview with per-row errors, then all or nothing.</summary>
public sealed class AgentImportTests : BunitTest
{
    private const string Header = "email,first_name,middle_name,last_name,agent_number,extension_number,role,location,status,in_status_since";

    public AgentImportTests(PortalDatabase database)
        : base(database) => Context.Services.AddScoped<IAgentService, AgentService>();

    [Fact]
    public async Task A_file_with_a_refused_row_shows_each_rows_error_and_cannot_be_imported()
    {
        await Data.AddAgentAsync("Darth", "Vader");
        var taken = (await AgentsAsync()).Single(a => a.StartsWith("darth.vader", StringComparison.Ordinal));
        var (host, page) = RenderPage<AgentsPage>();

        var dialog = await OpenImportAsync(host, page);
        Upload(dialog,
            Header,
            "luke@rebels.org,Luke,,Skywalker,,,agent,Hoth,,",
            $"{taken},Anakin,,Skywalker,,,admin,,,",
            "leia@rebels.org,Leia,,,,12,general,,,",
            "luke@rebels.org,Luke,,Again,,,,,,");

        host.WaitForAssertion(() =>
        {
            host.Find("[data-testid='import-summary']").TextContent.ShouldContain("3 rows of 4 refused");
            host.Find("tr[data-line='2']").TextContent.ShouldContain("OK");
            host.Find("tr[data-line='3']").TextContent.ShouldContain($"The email '{taken}' is already used by another agent.");
            var leia = host.Find("tr[data-line='4']").TextContent;
            leia.ShouldContain("Last name is required.");
            leia.ShouldContain("extension_number must be 3 to 64 digits.");
            leia.ShouldContain("roles must be one of: admin, supervisor, agent.");
            host.Find("tr[data-line='5']").TextContent.ShouldContain("The email 'luke@rebels.org' is already used by another agent.");
            host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim().StartsWith("Import", StringComparison.Ordinal)).HasAttribute("disabled").ShouldBeTrue();
        });
        (await AgentsAsync()).ShouldNotContain("luke@rebels.org");
    }

    [Fact]
    public async Task A_clean_file_is_previewed_then_imported_in_one_go()
    {
        var (host, page) = RenderPage<AgentsPage>();
        var dialog = await OpenImportAsync(host, page);
        Upload(dialog,
            Header,
            "luke@rebels.org,Luke,,Skywalker,,1234,agent,Hoth,Available,2026-01-05T08:00:00Z",
            "leia-at-rebels.org,Leia,,Organa,,,supervisor,,,");
        host.WaitForAssertion(() => host.Find("[data-testid='import-summary']").TextContent.ShouldContain("1 row of 2 refused"));
        host.Find("tr[data-line='3']").TextContent.ShouldContain("'leia-at-rebels.org' is not a valid email address.");

        Upload(dialog, Header, "luke@rebels.org,Luke,,Skywalker,,1234,agent,Hoth,Available,2026-01-05T08:00:00Z", "leia@rebels.org,Leia,,Organa,,,supervisor,,,");
        host.WaitForAssertion(() => host.Find("[data-testid='import-summary']").TextContent.ShouldContain("2 agents ready to import."));
        (await AgentsAsync()).ShouldNotContain("luke@rebels.org");
        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Import 2 agents").ClickAsync();

        host.WaitForAssertion(() => Snackbars.ShouldContain("2 agents imported"));
        (await AgentsAsync()).ShouldContain("luke@rebels.org");
        (await AgentsAsync()).ShouldContain("leia@rebels.org");
        page.WaitForAssertion(() => page.Markup.ShouldContain("Leia Organa"));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_says_which_are_missing()
    {
        var (host, page) = RenderPage<AgentsPage>();
        var dialog = await OpenImportAsync(host, page);

        Upload(dialog, "mail,first_name,surname", "luke@rebels.org,Luke,Skywalker");

        host.WaitForAssertion(() => host.Find("[data-testid='import-problem']").TextContent
            .ShouldBe("The file needs the columns email, first_name, last_name; it has no email, last_name."));
    }

    private static async Task<IRenderedComponent<AgentImportDialog>> OpenImportAsync(IRenderedComponent<Bunit.Rendering.ContainerFragment> host, IRenderedComponent<AgentsPage> page)
    {
        page.WaitForAssertion(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Import CSV"));
        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Import CSV").ClickAsync();
        await Task.Yield();
        return host.WaitForComponent<AgentImportDialog>();
    }

    private static void Upload(IRenderedComponent<AgentImportDialog> dialog, params string[] lines) =>
        dialog.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(string.Join("\r\n", lines), "agents.csv", contentType: "text/csv"));

    private async Task<List<string>> AgentsAsync()
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Db.Agents.Select(a => a.Email).ToListAsync();
    }
}
