using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace AdminPortal.Web.Api.Auth;

/// <summary>Why a bearer token was refused, in words a caller can act on (the detail of the API's 401).</summary>
public static class BearerFailures
{
    public const string Missing = "A bearer token (or Basic credentials of an API credential) is required.";

    public static string Describe(Exception? failure) => failure switch
    {
        null => Missing,
        SecurityTokenExpiredException expired =>
            $"The token expired at {expired.Expires.ToString("u", CultureInfo.InvariantCulture)}; get a new token.",
        SecurityTokenNotYetValidException => "The token is not valid yet (its nbf is in the future).",
        SecurityTokenInvalidAudienceException audience =>
            $"The token is meant for another audience{Quoted(audience.InvalidAudience)}, not this API.",
        SecurityTokenInvalidIssuerException issuer =>
            $"The token was issued by another tenant or issuer{Quoted(issuer.InvalidIssuer)} than the one this API trusts.",
        SecurityTokenSignatureKeyNotFoundException =>
            "The token is signed with a key its issuer does not publish (unknown, or rotated away); get a new token.",
        SecurityTokenInvalidSignatureException or SecurityTokenInvalidSigningKeyException =>
            "The token's signature is not valid.",
        SecurityTokenMalformedException => "The bearer token is not a well-formed JWT.",
        AuthenticationFailureException when failure.Message.StartsWith("IDW10201", StringComparison.Ordinal) =>
            "The token carries neither an app role nor a scope of this API.",
        _ => "The bearer token is not valid here (missing, expired or not signed by a trusted issuer).",
    };

    private static string Quoted(string? value) => string.IsNullOrWhiteSpace(value) ? "" : $" ('{value}')";
}
