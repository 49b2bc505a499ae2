using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// The keys this host signs with (the current one, named by its <c>kid</c>) and accepts (the current one and, after a
/// rotation, the previous one until every token it can have signed has expired: <see cref="PreviousAcceptedUntil"/>).
/// A generated key is reread every <see cref="ApiAuthOptions.SigningKeyRefresh"/> (<see cref="SigningKeyRefresh"/>) and at
/// once when a token names a key this host does not know yet (another host rotated first).
/// </summary>
public sealed class SigningKeyRing(ISigningKeyStore store, IOptions<ApiAuthOptions> options, TimeProvider clock, ILogger<SigningKeyRing> logger)
{
    /// <summary>An unknown <c>kid</c> rereads the keys at most this often (forged tokens must not hammer the database).</summary>
    private static readonly TimeSpan UnknownKeyPause = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Keys? _keys;

    public bool Rotates => store.Rotates;

    /// <summary>The key new tokens are signed with.</summary>
    public SymmetricSecurityKey Current => Loaded().Current;

    /// <summary>
    /// Until when a key replaced at <paramref name="rotatedAt"/> is accepted: the longest token lifetime, plus the time a
    /// host may still sign with it before it rereads the keys, plus the clock skew tokens are checked with.
    /// </summary>
    public static DateTime PreviousAcceptedUntil(DateTime rotatedAt, ApiAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return rotatedAt + options.TokenLifetime + options.SigningKeyRefresh + ApiAuthentication.ClockSkew;
    }

    /// <summary>The keys a token naming <paramref name="keyId"/> may be checked with now.</summary>
    public IEnumerable<SecurityKey> ForValidation(string? keyId)
    {
        var keys = Loaded();
        var now = clock.GetUtcNow().UtcDateTime;
        if (keyId is not null && store.Rotates && !keys.Knows(keyId) && now - keys.LoadedAt >= UnknownKeyPause)
        {
            keys = TryReload() ?? keys;
        }

        return keys.Previous is { } previous && (keys.PreviousUntil is null || now < keys.PreviousUntil)
            ? [keys.Current, previous]
            : [keys.Current];
    }

    /// <summary>Rereads the keys from their store (a rotation by another host or by the CLI).</summary>
    public void Reload()
    {
        var set = store.Load();
        var keys = new Keys(
            Named(set.Current),
            set.Previous is null ? null : Named(set.Previous),
            set.RotatedAt is { } rotatedAt ? PreviousAcceptedUntil(DateTime.SpecifyKind(rotatedAt, DateTimeKind.Utc), options.Value) : null,
            clock.GetUtcNow().UtcDateTime);
        lock (_gate)
        {
            if (_keys is { } before && before.Current.KeyId != keys.Current.KeyId)
            {
                logger.LogInformation("The signing key was rotated: tokens are now signed with key {KeyId}", keys.Current.KeyId);
            }

            _keys = keys;
        }
    }

    /// <summary>A key's id: the start of its SHA-256, so hosts name one key alike without sharing anything else.</summary>
    public static string KeyIdOf(byte[] key) => Base64UrlEncoder.Encode(SHA256.HashData(key)[..9]);

    private static SymmetricSecurityKey Named(byte[] key) => new(key) { KeyId = KeyIdOf(key) };

    private Keys Loaded()
    {
        if (Volatile.Read(ref _keys) is { } keys)
        {
            return keys;
        }

        Reload();
        return _keys!;
    }

    private Keys? TryReload()
    {
        try
        {
            Reload();
            return _keys;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The signing keys could not be reread; the ones known stay in use");
            return null;
        }
    }

    private sealed record Keys(SymmetricSecurityKey Current, SymmetricSecurityKey? Previous, DateTime? PreviousUntil, DateTime LoadedAt)
    {
        public bool Knows(string keyId) => Current.KeyId == keyId || Previous?.KeyId == keyId;
    }
}

/// <summary>Rereads a generated signing key every <see cref="ApiAuthOptions.SigningKeyRefresh"/>, so a rotation reaches every host.</summary>
public sealed class SigningKeyRefresh(SigningKeyRing ring, IOptions<ApiAuthOptions> options, TimeProvider clock, ILogger<SigningKeyRefresh> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!ring.Rotates)
        {
            return;
        }

        var every = options.Value.SigningKeyRefresh > TimeSpan.Zero ? options.Value.SigningKeyRefresh : TimeSpan.FromSeconds(10);
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            do
            {
                try
                {
                    ring.Reload();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "The signing keys could not be reread; trying again in {Every}", every);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
