using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace TestBuildingBlocks.Oidc;

/// <summary>One RSA signing key of the issuer, with its <c>kid</c>.</summary>
public sealed class OidcSigningKey
{
    private readonly RSA _rsa = RSA.Create(2048);

    public OidcSigningKey()
    {
        KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = KeyId };
    }

    public string KeyId { get; }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials => new(SecurityKey, SecurityAlgorithms.RsaSha256);

    /// <summary>The public key as Entra ID publishes it in its JWKS (with the issuer the key signs for).</summary>
    public Dictionary<string, object> Jwk(string issuer)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
            ["issuer"] = issuer,
        };
    }
}

/// <summary>
/// The issuer's keys: the current one signs and is published in the JWKS; <see cref="Rotate"/> replaces it, after which
/// the old key is no longer published (tokens it signed must be refused once a relying party refreshes its keys).
/// </summary>
public sealed class OidcSigningKeys
{
    private readonly Lock _lock = new();
    private readonly List<OidcSigningKey> _retired = [];
    private OidcSigningKey _current = new();

    public OidcSigningKey Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>Keys that signed once and are published no more.</summary>
    public IReadOnlyList<OidcSigningKey> Retired
    {
        get
        {
            lock (_lock)
            {
                return [.. _retired];
            }
        }
    }

    /// <summary>Starts signing with a new key and stops publishing the current one; returns the retired key.</summary>
    public OidcSigningKey Rotate()
    {
        var next = new OidcSigningKey();
        lock (_lock)
        {
            var retired = _current;
            _retired.Add(retired);
            _current = next;
            return retired;
        }
    }

    public IReadOnlyList<OidcSigningKey> Published => [Current];
}
