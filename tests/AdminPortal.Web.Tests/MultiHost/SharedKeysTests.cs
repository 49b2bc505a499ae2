using System.Net;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Tests.Api.Infrastructure;
using AdminPortal.Web.Tests.Portal.Sessions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>Any host reads any host's cookies and tokens: the keys live in the shared PostgreSQL database.</summary>
public sealed class SharedKeysTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    [PostgresFact]
    public async Task A_token_issued_by_one_host_is_accepted_by_the_other()
    {
        var token = await hosts.A.TokenForAsync(ApiHost.AdminEmail);

        var response = await hosts.ClientOfB(token).GetAsync("/api/agents?page[size]=1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        File.Exists(Path.Combine(hosts.A.DataFolder, SigningKeys.FileName)).ShouldBeFalse();
        File.Exists(Path.Combine(hosts.B.DataFolder, SigningKeys.FileName)).ShouldBeFalse();
        (await hosts.A.QueryAsync(db => db.SharedSecrets.CountAsync(s => s.Name == DatabaseSigningKeys.CurrentName))).ShouldBe(1);
    }

    [PostgresFact]
    public async Task A_portal_sign_in_on_one_host_holds_on_the_other_and_its_forms_are_accepted_there()
    {
        var cookies = new CookieContainer();
        var onA = new PortalBrowser(hosts.A.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        var onB = new PortalBrowser(hosts.B.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        (await onB.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await onA.SignInOrFailAsync(ApiHost.TarkinEmail, ApiHost.Password);
        var page = await onB.OpenAsync("/agents");
        var signOut = await onB.SignOutFromAsync("/agents");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalBrowser.PathOf(signOut).ShouldBe("/signin");
        (await hosts.A.QueryAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
    }
}
