using AdminPortal.Domain.Data;
using AdminPortal.Web.Hosting;

namespace AdminPortal.Web.Api.Auth;

/// <summary>The key tokens are signed with now and, after a rotation, the one before it with the moment it was replaced.</summary>
public sealed record SigningKeySet(byte[] Current, byte[]? Previous, DateTime? RotatedAt);

/// <summary>Where a host's signing keys live: configuration, a file of the data folder (SQLite) or the database (PostgreSQL).</summary>
public interface ISigningKeyStore
{
    /// <summary>Whether the keys may change while the host runs (a generated key someone rotates), so hosts reread them.</summary>
    bool Rotates { get; }

    /// <summary>The keys now; a generated key is created the first time.</summary>
    SigningKeySet Load();

    /// <summary>A new current key; the current one becomes the previous one.</summary>
    Task<SigningKeySet> RotateAsync(CancellationToken cancellationToken);
}

/// <summary><c>Auth:SigningKey</c> and <c>Auth:PreviousSigningKey</c>: the operator rotates them in the configuration of every host.</summary>
public sealed class ConfiguredSigningKeys(byte[] current, byte[]? previous) : ISigningKeyStore
{
    public bool Rotates => false;

    public SigningKeySet Load() => new(current, previous, null);

    public Task<SigningKeySet> RotateAsync(CancellationToken cancellationToken) => throw new SigningKeyRotationRefused(
        "Auth:SigningKey is configured, so it is rotated in the configuration: on every host put the new key in Auth:SigningKey " +
        "and the old one in Auth:PreviousSigningKey, restart the hosts one by one, and remove Auth:PreviousSigningKey once " +
        "Auth:TokenLifetime has passed.");
}

/// <summary>One host (SQLite): <c>signing.key</c> in the data folder, and <c>signing.key.previous</c> after a rotation.</summary>
public sealed class FileSigningKeys(string path) : ISigningKeyStore
{
    public const string PreviousSuffix = ".previous";

    public bool Rotates => true;

    public string PreviousPath => path + PreviousSuffix;

    public SigningKeySet Load()
    {
        var current = LoadOrCreate();
        if (!File.Exists(PreviousPath))
        {
            return new SigningKeySet(current, null, null);
        }

        PrivateFiles.Tighten(PreviousPath);
        return new SigningKeySet(current, SigningKeys.Parse(File.ReadAllText(PreviousPath).Trim()), File.GetLastWriteTimeUtc(PreviousPath));
    }

    public Task<SigningKeySet> RotateAsync(CancellationToken cancellationToken)
    {
        var current = LoadOrCreate();
        PrivateFiles.WriteAllText(PreviousPath, Convert.ToBase64String(current));
        PrivateFiles.WriteAllText(path, SigningKeys.Generate());
        return Task.FromResult(Load());
    }

    private byte[] LoadOrCreate()
    {
        if (!File.Exists(path))
        {
            PrivateFiles.WriteAllText(path, SigningKeys.Generate());
        }

        PrivateFiles.Tighten(path);
        return SigningKeys.Parse(File.ReadAllText(path).Trim());
    }
}

/// <summary>Several hosts (PostgreSQL): the keys are <see cref="SharedSecretStore"/> rows every host of the database reads.</summary>
public sealed class DatabaseSigningKeys(IServiceScopeFactory scopes) : ISigningKeyStore
{
    public const string CurrentName = "auth.signing-key";
    public const string PreviousName = "auth.signing-key.previous";

    public bool Rotates => true;

    public SigningKeySet Load()
    {
        using var scope = scopes.CreateScope();
        var secrets = scope.ServiceProvider.GetRequiredService<SharedSecretStore>();
        var current = secrets.GetOrCreate(CurrentName, SigningKeys.Generate);
        var previous = secrets.Find(PreviousName);
        return new SigningKeySet(SigningKeys.Parse(current), previous is null ? null : SigningKeys.Parse(previous.Value), previous?.CreatedAt);
    }

    public async Task<SigningKeySet> RotateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var secrets = scope.ServiceProvider.GetRequiredService<SharedSecretStore>();
        var (current, previous) = await secrets.RotateAsync(CurrentName, PreviousName, SigningKeys.Generate(), cancellationToken);
        return new SigningKeySet(SigningKeys.Parse(current.Value), previous is null ? null : SigningKeys.Parse(previous.Value), previous?.CreatedAt);
    }
}

/// <summary>The keys cannot be rotated this way (the message says how instead).</summary>
public sealed class SigningKeyRotationRefused(string message) : Exception(message);
