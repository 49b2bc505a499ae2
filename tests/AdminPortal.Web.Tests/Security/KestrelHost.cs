using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Security;

/// <summary>
/// The host on real Kestrel (127.0.0.1, a free port), so requests come from a real client address; clients can say
/// which address a proxy forwards for.
/// </summary>
public abstract class KestrelHost(IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    public AdminPortalHostFactory Host { get; } = new(new AdminPortalHostOptions { DemoAgents = 0, Settings = settings });

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        Address = Host.StartKestrel();
    }

    /// <summary>A client whose requests carry the given forwarded headers (as a proxy would add them).</summary>
    public HttpClient Client(string? forwardedFor = null, string? forwardedProto = null, bool keepCookies = false)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = keepCookies }) { BaseAddress = Address };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        return client;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>No proxy is trusted; 3 requests per second per address without a token.</summary>
public sealed class UntrustedProxyHost() : KestrelHost(new Dictionary<string, string?> { ["Api:AnonymousRateLimitPerSecond"] = "3" });

/// <summary>Kestrel's own client (127.0.0.1) is the trusted proxy; 3 requests per second per address without a token.</summary>
public sealed class TrustedProxyHost() : KestrelHost(new Dictionary<string, string?>
{
    ["Api:AnonymousRateLimitPerSecond"] = "3",
    ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
});

/// <summary>A trusted proxy and a tight sign-in throttle: 3 failures per account, 5 per address.</summary>
public sealed class ThrottledSignInHost() : KestrelHost(new Dictionary<string, string?>
{
    ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
    ["SignIn:MaxFailuresPerAccount"] = "3",
    ["SignIn:MaxFailuresPerAddress"] = "5",
    ["SignIn:Lockout"] = "00:10:00",
});
