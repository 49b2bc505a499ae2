using System.Security.Cryptography;
using System.Text;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Hosting;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// The HMAC key of the host's tokens. A configured key is read as base64 when it decodes to at least
/// 32 bytes, else as plain UTF-8 text (which must then be at least 32 bytes). Without one, a key is
/// generated once and kept: on PostgreSQL in the database (<see cref="SharedSecretStore"/>), so a token issued by one host
/// is accepted by every host of the database; on SQLite in <c>signing.key</c> in the data folder (next to the database,
/// readable by the host's user only). Either way tokens survive restarts.
/// </summary>
public static class SigningKeys
{
    public const int MinimumBytes = 32;
    public const string FileName = "signing.key";
    public const string SharedSecretName = "auth.signing-key";

    public static byte[] Resolve(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return database.Provider == DatabaseProvider.Postgres && Configured(configuration) is null
            ? LoadOrCreateShared(services)
            : Resolve(configuration);
    }

    /// <summary>The configured key, else the one kept in the data folder.</summary>
    public static byte[] Resolve(IConfiguration configuration) =>
        Configured(configuration) is { } configured ? Parse(configured) : LoadOrCreate(KeyFilePath(configuration));

    private static string? Configured(IConfiguration configuration) =>
        configuration[$"{ApiAuthOptions.Section}:{nameof(ApiAuthOptions.SigningKey)}"] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

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

    private static byte[] LoadOrCreateShared(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var secrets = scope.ServiceProvider.GetRequiredService<SharedSecretStore>();
        return Parse(secrets.GetOrCreate(SharedSecretName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64))));
    }

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
