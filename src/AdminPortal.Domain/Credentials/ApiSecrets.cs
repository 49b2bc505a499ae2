using System.Security.Cryptography;
using System.Text;

namespace AdminPortal.Domain.Credentials;

/// <summary>
/// Keys, secrets and the stored form of a secret.
/// <para>
/// A secret is 32 random bytes: nobody can guess it or look it up in a dictionary, so a deliberately slow password hash
/// (PBKDF2 with many iterations) would protect nothing more while costing milliseconds on every API request. What the
/// stored form must do is keep a leaked database from being a list of working secrets; an HMAC-SHA256 of the secret,
/// keyed by a random per-credential salt, does that, costs about a microsecond, and needs no key shared across hosts.
/// Stored as <c>v1$salt$mac</c> (base64) so the scheme can change later.
/// </para>
/// </summary>
public static class ApiSecrets
{
    public const string KeyPrefix = "apk_";
    public const string SecretPrefix = "aps_";
    private const string Version = "v1";

    public static string NewKey() => KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(16));

    public static string NewSecret() => SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Version}${Convert.ToBase64String(salt)}${Convert.ToBase64String(Mac(salt, secret))}";
    }

    /// <summary>True when <paramref name="secret"/> is the one <paramref name="stored"/> was made from (constant time).</summary>
    public static bool Verify(string secret, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[1]);
            var expected = Convert.FromBase64String(parts[2]);
            return CryptographicOperations.FixedTimeEquals(Mac(salt, secret), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Mac(byte[] salt, string secret) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
