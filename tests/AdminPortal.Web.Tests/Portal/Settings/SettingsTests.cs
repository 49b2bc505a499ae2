using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using Bunit;
using Bunit.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SettingsPage = AdminPortal.Web.Components.Pages.Settings.Settings;

namespace AdminPortal.Web.Tests.Portal.Settings;

/// <summary>The settings page on the real credential service and organisation settings (SQLite).</summary>
public sealed class SettingsTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Saves_a_new_rate_limit()
    {
        var (_, page) = RenderPage<SettingsPage>();
        var field = page.WaitForComponent<MudNumericField<int>>();
        page.Find("[aria-label='API rate limit'] input").GetAttribute("value").ShouldBe(Organisation.DefaultApiRateLimitPerSecond.ToString());

        await page.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(25));
        await ClickAsync(page, "Save rate limit");

        page.WaitForAssertion(() => Snackbars.ShouldContain("Rate limit set to 25 requests per second"));
        (await RateLimitAsync()).ShouldBe(25);
    }

    [Fact]
    public async Task Refuses_a_rate_limit_below_one_under_the_field()
    {
        var (_, page) = RenderPage<SettingsPage>();
        var field = page.WaitForComponent<MudNumericField<int>>();

        await page.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(0));
        await ClickAsync(page, "Save rate limit");

        page.WaitForAssertion(() => page.Find("[aria-label='API rate limit']").TextContent
            .ShouldContain("The rate limit must be between 1 and 10000 requests per second."));
        (await RateLimitAsync()).ShouldBe(Organisation.DefaultApiRateLimitPerSecond);
    }

    [Fact]
    public async Task Creates_an_organisation_credential_and_shows_its_secret_once()
    {
        var (_, page) = RenderPage<SettingsPage>();
        await TypeNameAsync(page, "CRM integration");

        await ClickAsync(page, "Create credential");

        var secret = "";
        page.WaitForAssertion(() =>
        {
            var alert = page.Find(".new-secret");
            alert.TextContent.ShouldContain("it is shown only this once");
            secret = page.Find(".new-secret input").GetAttribute("value")!;
            secret.ShouldStartWith(ApiSecrets.SecretPrefix);
            page.Find("tr[data-credential='CRM integration']").TextContent.ShouldContain("organisation");
            page.Find("tr[data-credential='CRM integration'] .last-used").TextContent.ShouldBe("never");
        });
        (await AuthenticateAsync(await SubdomainAsync(), secret)).ShouldNotBeNull().Kind.ShouldBe(ApiCredentialKind.Organisation);

        var again = Context.Render<SettingsPage>();
        again.WaitForAssertion(() => again.Find("tr[data-credential='CRM integration']"));
        again.Markup.ShouldNotContain(secret);
        again.FindAll(".new-secret").ShouldBeEmpty();
    }

    [Fact]
    public async Task Copies_the_secret_to_the_clipboard()
    {
        var (_, page) = RenderPage<SettingsPage>();
        await TypeNameAsync(page, "Copy me");
        await ClickAsync(page, "Create credential");
        page.WaitForAssertion(() => page.Find(".new-secret"));
        var secret = page.Find(".new-secret input").GetAttribute("value");

        await ClickAsync(page, "Copy");

        Context.JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.Single().ShouldBe(secret);
        page.WaitForAssertion(() => Snackbars.ShouldContain("Secret copied to the clipboard"));
    }

    [Fact]
    public async Task Creates_an_agent_credential_for_the_picked_agent()
    {
        var luke = await Data.AddAgentAsync("Luke", "Skywalker");
        var (_, page) = RenderPage<SettingsPage>();
        await TypeNameAsync(page, "Softphone");
        var kind = page.FindComponent<MudSelect<ApiCredentialKind>>();
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(ApiCredentialKind.Agent));
        await PickAsync(page, "Agent", "Luke", $"Luke Skywalker ({luke.Email})");

        await ClickAsync(page, "Create credential");

        page.WaitForAssertion(() => page.Find("tr[data-credential='Softphone']").TextContent.ShouldContain("Luke Skywalker"));
        var stored = await CredentialAsync("Softphone");
        stored.AgentId.ShouldBe(luke.Id);
        stored.Kind.ShouldBe(ApiCredentialKind.Agent);
    }

    [Fact]
    public async Task An_agent_credential_without_its_agent_gets_a_field_message()
    {
        var (_, page) = RenderPage<SettingsPage>();
        await TypeNameAsync(page, "Nobody's");
        var kind = page.FindComponent<MudSelect<ApiCredentialKind>>();
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(ApiCredentialKind.Agent));

        await ClickAsync(page, "Create credential");

        page.WaitForAssertion(() => page.Find("[aria-label='API credentials']").TextContent.ShouldContain("An agent credential needs the agent it acts as."));
        page.FindAll("tr[data-credential]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_credential_without_a_name_gets_a_field_message()
    {
        var (_, page) = RenderPage<SettingsPage>();
        page.WaitForComponent<MudNumericField<int>>();

        await ClickAsync(page, "Create credential");

        page.WaitForAssertion(() => page.Find("[aria-label='API credentials'] .mud-input-helper-text").TextContent.ShouldBe("Name is required."));
    }

    [Fact]
    public async Task Revokes_a_credential_after_confirmation()
    {
        var created = await CreateAsync("Old CRM");
        var (host, page) = RenderPage<SettingsPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Revoke Old CRM']"));

        _ = page.Find("button[aria-label='Revoke Old CRM']").ClickAsync();
        await AnswerAsync(host, "Revoke");

        page.WaitForAssertion(() =>
        {
            page.Find("tr[data-credential='Old CRM']").TextContent.ShouldContain("revoked 2026-01-05 09:00 UTC");
            page.FindAll("button[aria-label='Revoke Old CRM']").ShouldBeEmpty();
        });
        (await AuthenticateAsync(created.Credential.Key, created.Secret)).ShouldBeNull();
    }

    [Fact]
    public async Task Cancelling_the_confirmation_keeps_the_credential()
    {
        var created = await CreateAsync("Keep me");
        var (host, page) = RenderPage<SettingsPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Revoke Keep me']"));

        _ = page.Find("button[aria-label='Revoke Keep me']").ClickAsync();
        await AnswerAsync(host, "Cancel");

        page.Find("tr[data-credential='Keep me']").TextContent.ShouldContain("active");
        (await AuthenticateAsync(created.Credential.Key, created.Secret)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Lists_when_each_credential_was_last_used()
    {
        var used = await CreateAsync("Used");
        await CreateAsync("Unused");
        Clock.Advance(TimeSpan.FromMinutes(90));
        await AuthenticateAsync(used.Credential.Key, used.Secret);

        var (_, page) = RenderPage<SettingsPage>();

        page.WaitForAssertion(() =>
        {
            page.Find("tr[data-credential='Used'] .last-used").TextContent.ShouldBe("2026-01-05 10:30 UTC");
            page.Find("tr[data-credential='Unused'] .last-used").TextContent.ShouldBe("never");
        });
    }

    private static async Task ClickAsync<T>(IRenderedComponent<T> page, string text)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        page.WaitForAssertion(() => page.FindAll("button").Single(b => b.TextContent.Trim() == text));
        await page.FindAll("button").Single(b => b.TextContent.Trim() == text).ClickAsync();
    }

    private static async Task TypeNameAsync(IRenderedComponent<SettingsPage> page, string name)
    {
        IRenderedComponent<MudTextField<string>>? field = null;
        page.WaitForAssertion(() => field = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name"));
        await page.InvokeAsync(() => field!.Instance.ValueChanged.InvokeAsync(name));
    }

    private static async Task AnswerAsync(IRenderedComponent<ContainerFragment> host, string button)
    {
        host.WaitForAssertion(() => host.Find(".mud-message-box").TextContent.ShouldContain("Revoke"));
        await host.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == button).ClickAsync();
    }

    private async Task<CreatedApiCredential> CreateAsync(string name)
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Get<IApiCredentialService>().CreateAsync(new(Data.OrganisationId, SignedIn.Id, AgentRole.Admin), new(name, ApiCredentialKind.Organisation));
    }

    private async Task<ApiCredentialIdentity?> AuthenticateAsync(string userName, string secret)
    {
        await using var scope = Database.CreateSystemScope();
        var service = new ApiCredentialService(scope.ServiceProvider.GetRequiredService<AdminPortal.Domain.Data.AdminPortalDbContext>(), Clock);
        return await service.AuthenticateAsync(userName, secret);
    }

    private async Task<ApiCredential> CredentialAsync(string name)
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Db.ApiCredentials.AsNoTracking().SingleAsync(c => c.Name == name);
    }

    private async Task<int> RateLimitAsync()
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Get<OrganisationSettings>().GetAsync(new(Data.OrganisationId, SignedIn.Id, AgentRole.Admin)).ContinueWith(t => t.Result.ApiRateLimitPerSecond);
    }

    private async Task<string> SubdomainAsync()
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Db.Organisations.Select(o => o.Subdomain).SingleAsync();
    }
}
