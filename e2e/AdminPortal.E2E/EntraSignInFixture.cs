using System.Security.Cryptography.X509Certificates;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;
using TestBuildingBlocks.Oidc;

namespace AdminPortal.E2E;

/// <summary>
/// The portal over HTTPS on 127.0.0.1 with an <c>AzureAd</c> section that points Microsoft.Identity.Web at a
/// <see cref="LocalOidcIssuer"/> (also HTTPS on 127.0.0.1): a confidential app registration whose redirect URIs are the
/// portal's <c>/signin-oidc</c> and <c>/signout-callback-oidc</c>, the authorization code flow, and
/// <c>AzureAd:OrganisationId</c> = the demo organisation. Both servers stop with the fixture.
/// </summary>
public sealed class EntraSignInFixture : IAsyncLifetime
{
    private readonly X509Certificate2 _certificate = SelfSignedCertificate.ForLoopback();

    public LocalOidcIssuer Issuer { get; private set; } = null!;

    public AdminPortalHostFactory Portal { get; private set; } = null!;

    public Uri PortalAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalOidcIssuer.StartAsync();
        var app = Issuer.Register(new OidcClient { Secret = "portal-secret-" + Guid.NewGuid().ToString("N") });
        Portal = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            DemoAgents = 0,
            Settings = Issuer.AzureAdSettings(app, responseType: "code"),
            Environment = Issuer.TrustIn,
        });
        await Portal.InitializeAsync();
        PortalAddress = Portal.StartKestrel(_certificate);
        var origin = PortalAddress.GetLeftPart(UriPartial.Authority);
        Issuer.Register(app with { RedirectUris = [$"{origin}/signin-oidc", $"{origin}/signout-callback-oidc"] });

        await using var scope = Portal.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var demo = await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => o.Id).SingleAsync();
        Portal.Services.GetRequiredService<IConfiguration>()["AzureAd:OrganisationId"] = demo.ToString();
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Issuer.DisposeAsync();
        _certificate.Dispose();
    }
}
