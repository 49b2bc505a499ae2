using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;
using TestBuildingBlocks.Oidc;

namespace AdminPortal.Web.Tests.Api.Auth;

/// <summary>
/// The real host with Microsoft.Identity.Web pointed at a <see cref="LocalOidcIssuer"/> through its <c>AzureAd</c>
/// section only, plus the demo and rebel organisations of <see cref="ApiHost"/>. One app registration serves the portal
/// (redirect URIs of <c>https://localhost</c>, where the test browser opens the host) and the API (its client id is the
/// audience). Tokens without an <c>org</c> claim belong to the demo organisation (<c>AzureAd:OrganisationId</c>, set once
/// the demo organisation exists). By default the portal signs in like Microsoft.Identity.Web's default: an ID token
/// posted back, no client secret.
/// </summary>
public class EntraIdIssuerHost : ApiHost
{
    public const string PortalAddress = "https://localhost";

    public EntraIdIssuerHost()
        : this(new OidcClient { RedirectUris = RedirectUris }, responseType: null)
    {
    }

    protected EntraIdIssuerHost(OidcClient app, string? responseType)
        : this(LocalOidcIssuer.StartAsync().GetAwaiter().GetResult(), app, responseType)
    {
    }

    private EntraIdIssuerHost(LocalOidcIssuer issuer, OidcClient app, string? responseType)
        : base(new AdminPortalHostOptions
        {
            DemoAgents = 0,
            Settings = new Dictionary<string, string?>(issuer.AzureAdSettings(app, responseType: responseType))
            {
                // keys are fetched again at most once a second when a token names an unknown one
                ["AzureAd:RefreshInterval"] = "00:00:01",
            },
            Environment = issuer.TrustIn,
        })
    {
        Issuer = issuer;
        App = issuer.Register(app);
    }

    /// <summary>The portal's sign-in reply and post-logout redirect, as the README says to register them.</summary>
    public static IReadOnlyList<string> RedirectUris { get; } = [$"{PortalAddress}/signin-oidc", $"{PortalAddress}/signout-callback-oidc"];

    public LocalOidcIssuer Issuer { get; }

    /// <summary>AdminPortal's app registration: the portal signs in with it, and its client id is the API's audience.</summary>
    public OidcClient App { get; }

    /// <summary>A client calling the API with an access token the issuer signed for <paramref name="user"/>.</summary>
    public HttpClient As(OidcUser user, AccessTokenShape? shape = null) => WithToken(Issuer.AccessToken(App, user, shape));

    protected override Task ArrangeAsync(AdminPortalDbContext db)
    {
        Services.GetRequiredService<IConfiguration>()["AzureAd:OrganisationId"] = DemoOrganisationId.ToString();
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Issuer.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same with a confidential app registration: the portal redeems an authorization code (PKCE) with its client secret.</summary>
public sealed class EntraIdCodeFlowHost() : EntraIdIssuerHost(
    new OidcClient { Secret = "portal-secret-" + Guid.NewGuid().ToString("N"), RedirectUris = RedirectUris }, responseType: "code");
