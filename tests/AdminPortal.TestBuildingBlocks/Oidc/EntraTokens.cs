using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TestBuildingBlocks.Oidc;

/// <summary>Signs tokens shaped like Entra ID's v2.0 tokens (RS256, <c>kid</c> header, <c>ver</c> 2.0).</summary>
internal sealed class EntraTokens(LocalOidcIssuer issuer)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string IdToken(OidcClient client, OidcUser user, string sessionId, string? nonce, string? code)
    {
        var claims = UserClaims(client, user, sessionId);
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        if (code is not null)
        {
            claims["c_hash"] = LeftHalfHash(code);
        }

        return Sign(claims, client.ClientId, issuer.TenantId, DateTimeOffset.UtcNow, TimeSpan.FromHours(1), issuer.Keys.Current);
    }

    public string AccessToken(OidcClient client, OidcUser user, AccessTokenShape shape, string? sessionId = null)
    {
        var claims = UserClaims(client, user, sessionId ?? Guid.NewGuid().ToString());
        claims["azp"] = client.ClientId;
        claims["azpacr"] = client.Secret is null ? "0" : "1";
        if (shape.Scope is not null)
        {
            claims["scp"] = shape.Scope;
        }

        return Sign(claims, shape.Audience ?? client.ClientId, shape.TenantId ?? issuer.TenantId,
            shape.IssuedAt ?? DateTimeOffset.UtcNow, shape.Lifetime, shape.SigningKey ?? issuer.Keys.Current);
    }

    /// <summary>An application's own token (client credentials): the app roles granted to it, no user.</summary>
    public string ApplicationToken(OidcClient caller, OidcClient resource)
    {
        var claims = new Dictionary<string, object>
        {
            ["azp"] = caller.ClientId,
            ["azpacr"] = "1",
            ["idtyp"] = "app",
            ["oid"] = caller.ServicePrincipalId,
            ["sub"] = caller.ServicePrincipalId,
            ["uti"] = Guid.NewGuid().ToString("N"),
        };
        if (caller.ApplicationRoles.Count > 0)
        {
            claims["roles"] = caller.ApplicationRoles.ToArray();
        }

        return Sign(claims, resource.ClientId, issuer.TenantId, DateTimeOffset.UtcNow, TimeSpan.FromHours(1), issuer.Keys.Current);
    }

    private static Dictionary<string, object> UserClaims(OidcClient client, OidcUser user, string sessionId)
    {
        var claims = new Dictionary<string, object>
        {
            ["oid"] = user.ObjectId,
            ["sub"] = PairwiseSubject(client, user),
            ["preferred_username"] = user.PreferredUsername,
            ["name"] = user.Name,
            ["sid"] = sessionId,
            ["uti"] = Guid.NewGuid().ToString("N"),
        };
        if (user.Email is not null)
        {
            claims["email"] = user.Email;
        }

        if (user.Roles.Count > 0)
        {
            claims["roles"] = user.Roles.ToArray();
        }

        if (user.Organisation is not null)
        {
            claims["org"] = user.Organisation;
        }

        return claims;
    }

    private string Sign(Dictionary<string, object> claims, string audience, string tenantId, DateTimeOffset issuedAt, TimeSpan lifetime, OidcSigningKey key)
    {
        claims["tid"] = tenantId;
        claims["ver"] = "2.0";
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.IssuerOf(tenantId),
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
            TokenType = "JWT",
        });
    }

    /// <summary>Entra ID's <c>sub</c> differs per application for the same user.</summary>
    private static string PairwiseSubject(OidcClient client, OidcUser user) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(client.ClientId + "|" + user.ObjectId)));

    /// <summary>c_hash / at_hash: the left half of the SHA-256 of the value, base64url.</summary>
    private static string LeftHalfHash(string value)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(value));
        return Base64UrlEncoder.Encode(hash[..(hash.Length / 2)]);
    }
}
