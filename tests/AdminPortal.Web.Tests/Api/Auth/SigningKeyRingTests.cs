using AdminPortal.Web.Api.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Api.Auth;

/// <summary>How long a rotated-out key is still accepted, on a clock the test moves (the generated key of one SQLite host).</summary>
public sealed class SigningKeyRingTests : IDisposable
{
    private static readonly ApiAuthOptions Auth = new() { TokenLifetime = TimeSpan.FromHours(1), SigningKeyRefresh = TimeSpan.FromSeconds(10) };

    private readonly string _folder = Directory.CreateTempSubdirectory("adminportal-keys-").FullName;
    private readonly FileSigningKeys _store;
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SigningKeyRing _ring;

    public SigningKeyRingTests()
    {
        _store = new FileSigningKeys(Path.Combine(_folder, SigningKeys.FileName));
        _ring = new SigningKeyRing(_store, Options.Create(Auth), _clock, NullLogger<SigningKeyRing>.Instance);
    }

    [Fact]
    public async Task A_rotated_out_key_is_accepted_until_the_last_token_it_signed_has_expired_then_refused()
    {
        var before = _ring.Current.KeyId;

        await _store.RotateAsync(CancellationToken.None);
        _ring.Reload();

        _ring.Current.KeyId.ShouldNotBe(before);
        KeyIds(before).ShouldBe([_ring.Current.KeyId, before]);
        _clock.Advance(Auth.TokenLifetime + Auth.SigningKeyRefresh + ApiAuthentication.ClockSkew - TimeSpan.FromSeconds(2));
        KeyIds(before).ShouldBe([_ring.Current.KeyId, before]);
        _clock.Advance(TimeSpan.FromSeconds(4));
        KeyIds(before).ShouldBe([_ring.Current.KeyId]);
    }

    [Fact]
    public async Task A_token_naming_a_key_this_host_has_not_read_yet_rereads_the_keys_at_once()
    {
        var before = _ring.Current.KeyId;
        var rotated = await _store.RotateAsync(CancellationToken.None);
        var newKeyId = SigningKeyRing.KeyIdOf(rotated.Current);
        _clock.Advance(TimeSpan.FromSeconds(1));

        var keys = KeyIds(newKeyId);

        keys.ShouldBe([newKeyId, before]);
        _ring.Current.KeyId.ShouldBe(newKeyId);
    }

    [Fact]
    public async Task Tokens_naming_unknown_keys_reread_the_keys_at_most_once_a_second()
    {
        var first = SigningKeyRing.KeyIdOf((await _store.RotateAsync(CancellationToken.None)).Current);
        _clock.Advance(TimeSpan.FromSeconds(1));
        KeyIds("unknown-1").First().ShouldBe(first);

        await _store.RotateAsync(CancellationToken.None);
        KeyIds("unknown-2").First().ShouldBe(first);
        _ring.Current.KeyId.ShouldBe(first);
    }

    private string[] KeyIds(string? keyId) => [.. _ring.ForValidation(keyId).Select(k => k.KeyId)];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
