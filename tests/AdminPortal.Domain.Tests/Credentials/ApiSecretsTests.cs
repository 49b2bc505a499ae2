using AdminPortal.Domain.Credentials;

namespace AdminPortal.Domain.Tests.Credentials;

public sealed class ApiSecretsTests
{
    [Fact]
    public void A_hash_verifies_its_secret_only()
    {
        var secret = ApiSecrets.NewSecret();
        var hash = ApiSecrets.Hash(secret);

        ApiSecrets.Verify(secret, hash).ShouldBeTrue();
        ApiSecrets.Verify(ApiSecrets.NewSecret(), hash).ShouldBeFalse();
        ApiSecrets.Verify(secret.ToUpperInvariant(), hash).ShouldBeFalse();
    }

    [Fact]
    public void The_same_secret_hashes_differently_each_time()
    {
        var secret = ApiSecrets.NewSecret();

        ApiSecrets.Hash(secret).ShouldNotBe(ApiSecrets.Hash(secret));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1$not base64$x")]
    [InlineData("v2$AAAA$AAAA")]
    [InlineData("plain")]
    public void A_malformed_stored_hash_verifies_nothing(string stored) =>
        ApiSecrets.Verify(ApiSecrets.NewSecret(), stored).ShouldBeFalse();

    [Fact]
    public void Keys_and_secrets_fit_in_a_basic_header()
    {
        ApiSecrets.NewKey().ShouldNotContain(':');
        ApiSecrets.NewSecret().ShouldNotContain(':');
    }
}
