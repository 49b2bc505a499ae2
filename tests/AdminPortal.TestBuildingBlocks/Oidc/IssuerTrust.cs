using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace TestBuildingBlocks.Oidc;

/// <summary>
/// How a test host uses a <see cref="LocalOidcIssuer"/>: the <c>AzureAd</c> configuration that points
/// Microsoft.Identity.Web at it (what an operator writes for the real Entra ID), and trust in its throwaway certificate for
/// the host's calls to it (metadata, keys, token endpoint). Trust is the test machine's business, like a company root
/// certificate on a server: it pins exactly the issuer's certificate and changes nothing else in the host.
/// </summary>
public static class IssuerTrust
{
    /// <summary>The named HttpClient Microsoft.Identity.Web's issuer validator fetches the issuer's metadata with.</summary>
    public const string HttpClientName = "local-oidc-issuer";

    /// <summary>
    /// <c>AzureAd:Instance</c>, <c>TenantId</c>, <c>ClientId</c>, and for a confidential client <c>ClientSecret</c>
    /// (with <paramref name="responseType"/> <c>code</c>, the portal then redeems an authorization code).
    /// </summary>
    public static Dictionary<string, string?> AzureAdSettings(this LocalOidcIssuer issuer, OidcClient client, string? organisationId = null, string? responseType = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = issuer.Instance,
            ["AzureAd:TenantId"] = issuer.TenantId,
            ["AzureAd:ClientId"] = client.ClientId,
        };
        if (client.Secret is not null)
        {
            settings["AzureAd:ClientSecret"] = client.Secret;
        }

        if (organisationId is not null)
        {
            settings["AzureAd:OrganisationId"] = organisationId;
        }

        if (responseType is not null)
        {
            settings["AzureAd:ResponseType"] = responseType;
        }

        return settings;
    }

    /// <summary>Makes the host's outgoing calls to the issuer accept its certificate (and only that one beyond the system's roots).</summary>
    public static void TrustIn(this LocalOidcIssuer issuer, IServiceCollection services)
    {
        var thumbprint = issuer.Certificate.Thumbprint;
        HttpMessageHandler Handler() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || certificate?.Thumbprint == thumbprint,
        };

        services.ConfigureAll<JwtBearerOptions>(options => options.BackchannelHttpHandler = Handler());
        services.ConfigureAll<OpenIdConnectOptions>(options => options.BackchannelHttpHandler = Handler());
        services.AddHttpClient(HttpClientName).ConfigurePrimaryHttpMessageHandler(Handler);
        services.Configure<AadIssuerValidatorOptions>(options => options.HttpClientName = HttpClientName);
    }
}
