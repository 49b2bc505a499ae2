using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace TestBuildingBlocks.Oidc;

/// <summary>
/// The token endpoint of <see cref="LocalOidcIssuer"/>: <c>authorization_code</c> (one use, same client and redirect URI,
/// PKCE checked, the secret of a confidential client required) and <c>client_credentials</c>
/// (<c>scope={api}/.default</c>); errors as Entra ID words them.
/// </summary>
internal static class OidcTokenEndpoint
{
    public static async Task<IResult> RedeemAsync(LocalOidcIssuer issuer, HttpContext context)
    {
        var request = await LocalOidcIssuerEndpoints.ParametersAsync(context.Request);
        var (clientId, secret) = ClientCredentials(context.Request, request);
        var client = issuer.Client(clientId);
        if (client is null)
        {
            return Error(StatusCodes.Status400BadRequest, "unauthorized_client", $"AADSTS700016: Application with identifier '{clientId}' was not found in the directory.");
        }

        if (client.Secret is not null && !string.Equals(client.Secret, secret, StringComparison.Ordinal))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }

        return request["grant_type"] switch
        {
            "authorization_code" => RedeemCode(issuer, client, request),
            "client_credentials" => ApplicationToken(issuer, client, request["scope"]),
            var other => Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"AADSTS70003: The grant type '{other}' is not supported."),
        };
    }

    private static IResult RedeemCode(LocalOidcIssuer issuer, OidcClient client, OidcParameters request)
    {
        if (!issuer.Codes.TryRemove(request["code"], out var pending) || pending.ExpiresAt < DateTimeOffset.UtcNow)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_grant", "AADSTS70008: The provided authorization code or refresh token has expired or was already used.");
        }

        if (pending.Client.ClientId != client.ClientId || pending.RedirectUri != request["redirect_uri"])
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_grant", "AADSTS50148: The code was issued to another client or redirect URI.");
        }

        if (pending.CodeChallenge is not null && !Verifies(pending.CodeChallenge, pending.CodeChallengeMethod, request["code_verifier"]))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = "openid profile email",
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = issuer.Tokens.AccessToken(client, pending.User, new AccessTokenShape(), pending.SessionId),
            ["id_token"] = issuer.Tokens.IdToken(client, pending.User, pending.SessionId, pending.Nonce, code: null),
        });
    }

    private static IResult ApplicationToken(LocalOidcIssuer issuer, OidcClient caller, string scope)
    {
        const string suffix = "/.default";
        var resourceId = scope.EndsWith(suffix, StringComparison.Ordinal) ? scope[..^suffix.Length] : null;
        if (resourceId?.StartsWith("api://", StringComparison.Ordinal) == true)
        {
            resourceId = resourceId["api://".Length..];
        }

        if (issuer.Client(resourceId) is not { } resource)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_scope", $"AADSTS1002012: The provided value for scope '{scope}' is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = issuer.Tokens.ApplicationToken(caller, resource),
        });
    }

    /// <summary>client_secret_basic (the Authorization header) or client_secret_post (the form).</summary>
    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest http, OidcParameters request)
    {
        if (AuthenticationHeaderValue.TryParse(http.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is not null)
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (request.Optional("client_id"), request.Optional("client_secret"));
    }

    private static bool Verifies(string challenge, string? method, string verifier)
    {
        if (verifier.Length == 0)
        {
            return false;
        }

        var expected = method == "S256" ? Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(challenge));
    }

    private static IResult Error(int status, string error, string description) => Results.Json(new Dictionary<string, object>
    {
        ["error"] = error,
        ["error_description"] = description,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
        ["trace_id"] = Guid.NewGuid().ToString(),
        ["correlation_id"] = Guid.NewGuid().ToString(),
    }, statusCode: status);
}
