using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// HTTP Basic with an API credential, accepted wherever a bearer token is (DESIGN.md "Seed dialects"):
/// <c>base64(subdomain:secret)</c> for an organisation credential, <c>base64(api_key:api_secret)</c> for an agent credential.
/// </summary>
public static class BasicCredentialAuthentication
{
    public const string Scheme = "Basic";
    public const string Realm = "AdminPortal";

    /// <summary>The credential's id and kind (organisation or agent) on the signed-in principal.</summary>
    public const string CredentialIdClaim = "api_credential";
    public const string CredentialKindClaim = "api_credential_kind";

    public static AuthenticationBuilder AddBasicCredentials(this AuthenticationBuilder authentication) =>
        authentication.AddScheme<AuthenticationSchemeOptions, BasicCredentialHandler>(Scheme, null);

    /// <summary>True when the request carries Basic credentials (any casing of the scheme name).</summary>
    public static bool IsBasic(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && string.Equals(header.Scheme, Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>The user name and password of a Basic header; false when absent or malformed.</summary>
    public static bool TryRead(HttpRequest request, out string userName, out string password)
    {
        userName = password = "";
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        (userName, password) = (decoded[..colon], decoded[(colon + 1)..]);
        return true;
    }

    /// <summary>The Basic challenge, offered beside the bearer one on every 401 of the API.</summary>
    public static void AppendChallenge(HttpResponse response) =>
        response.Headers.Append(HeaderNames.WWWAuthenticate, $"{Scheme} realm=\"{Realm}\", charset=\"UTF-8\"");
}
