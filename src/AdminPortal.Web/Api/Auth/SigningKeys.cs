using System.Security.Cryptography;
using System.Text;
using AdminPortal.Web.Hosting;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// The HMAC key of the host's tokens. A configured key is read as base64 when it decodes to at least
/// 32 bytes, else as plain UTF-8 text (which must then be at least 32 bytes). Without one, a key is
/// generated once and kept in <c>signing.key</c> in the data folder (next to the SQLite database, readable by the host's
/// user only), so tokens survive restarts.
/// </summary>
public static class SigningKeys
{
    public const int MinimumBytes = 32;
    public const string FileName = "signing.key";

    public static byte[] Resolve(IConfiguration configuration)
    {
        var configured = configuration[$"{ApiAuthOptions.Section}:{nameof(ApiAuthOptions.SigningKey)}"];
        return string.IsNullOrWhiteSpace(configured) ? LoadOrCreate(KeyFilePath(configuration)) : Parse(configured);
    }

    public static byte[] Parse(string configured)
    {
        var buffer = new byte[configured.Length];
        if (Convert.TryFromBase64String(configured, buffer, out var written) && written >= MinimumBytes)
        {
            return buffer[..written];
        }

        var plain = Encoding.UTF8.GetBytes(configured);
        return plain.Length >= MinimumBytes
            ? plain
            : throw new InvalidOperationException($"Auth:SigningKey must hold at least {MinimumBytes} bytes (base64 or plain text).");
    }

    /// <summary>The host's data folder (<c>DataFolder</c>, else the SQLite database's folder, else <c>data/</c>).</summary>
    public static string KeyFilePath(IConfiguration configuration) => Path.Combine(DataFolder.Locate(configuration), FileName);

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            PrivateFiles.Tighten(path);
            return Parse(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(64);
        PrivateFiles.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
