using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;
using TestBuildingBlocks.Oidc;

namespace AdminPortal.Web.Tests.Api.Auth;

/// <summary>
/// The real host with Microsoft.Identity.Web pointed at a <see cref="LocalOidcIssuer"/> through its <c>AzureAd</c>
/// section only, plus the demo and rebel organisations of <see cref="ApiHost"/>. Tokens without an <c>org</c> claim
/// belong to the demo organisation (<c>AzureAd:OrganisationId</c>, set once the demo organisation exists).
/// </summary>
public sealed class EntraIdIssuerHost : ApiHost
{
    public EntraIdIssuerHost()
        : this(LocalOidcIssuer.StartAsync().GetAwaiter().GetResult(), new OidcClient())
    {
    }

    private EntraIdIssuerHost(LocalOidcIssuer issuer, OidcClient api)
        : base(new AdminPortalHostOptions
        {
            DemoAgents = 0,
            Settings = new Dictionary<string, string?>(issuer.AzureAdSettings(api))
            {
                // keys are fetched again at most once a second when a token names an unknown one
                ["AzureAd:RefreshInterval"] = "00:00:01",
            },
            Environment = issuer.TrustIn,
        })
    {
        Issuer = issuer;
        Api = issuer.Register(api);
    }

    public LocalOidcIssuer Issuer { get; }

    /// <summary>The app registration of AdminPortal's API (the audience of its access tokens).</summary>
    public OidcClient Api { get; }

    /// <summary>A client calling the API with an access token the issuer signed for <paramref name="user"/>.</summary>
    public HttpClient As(OidcUser user, AccessTokenShape? shape = null) => WithToken(Issuer.AccessToken(Api, user, shape));

    protected override Task ArrangeAsync(AdminPortalDbContext db)
    {
        Services.GetRequiredService<IConfiguration>()["AzureAd:OrganisationId"] = DemoOrganisationId.ToString();
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
