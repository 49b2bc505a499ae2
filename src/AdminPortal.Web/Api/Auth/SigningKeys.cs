using System.Security.Cryptography;
using System.Text;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Hosting;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// The HMAC keys of the host's tokens. A configured key is read as base64 when it decodes to at least 32 bytes, else as
/// plain UTF-8 text (which must then be at least 32 bytes). Without one, a key is generated once and kept: on PostgreSQL
/// in the database (<see cref="DatabaseSigningKeys"/>), so a token issued by one host is accepted by every host of the
/// database; on SQLite in <c>signing.key</c> in the data folder (<see cref="FileSigningKeys"/>, next to the database,
/// readable by the host's user only). Either way tokens survive restarts, and a rotation keeps the key before it
/// (<see cref="SigningKeyRing"/>).
/// </summary>
public static class SigningKeys
{
    public const int MinimumBytes = 32;
    public const string FileName = "signing.key";

    /// <summary>Where this host's keys live, by its configuration.</summary>
    public static ISigningKeyStore Store(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (Configured(configuration, nameof(ApiAuthOptions.SigningKey)) is { } configured)
        {
            var previous = Configured(configuration, nameof(ApiAuthOptions.PreviousSigningKey));
            return new ConfiguredSigningKeys(Parse(configured), previous is null ? null : Parse(previous));
        }

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return database.Provider == DatabaseProvider.Postgres
            ? new DatabaseSigningKeys(services.GetRequiredService<IServiceScopeFactory>())
            : new FileSigningKeys(KeyFilePath(configuration));
    }

    /// <summary>The configured key, else the one kept in the data folder.</summary>
    public static byte[] Resolve(IConfiguration configuration) =>
        Configured(configuration, nameof(ApiAuthOptions.SigningKey)) is { } configured
            ? Parse(configured)
            : new FileSigningKeys(KeyFilePath(configuration)).Load().Current;

    /// <summary>A new random key of 64 bytes, as base64.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

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

    private static string? Configured(IConfiguration configuration, string name) =>
        configuration[$"{ApiAuthOptions.Section}:{name}"] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
