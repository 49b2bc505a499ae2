using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestBuildingBlocks.Hosting;

namespace TestBuildingBlocks.Oidc;

/// <summary>
/// An OpenID Connect issuer shaped like Microsoft Entra ID's v2.0 endpoint, for tests: Kestrel over HTTPS on a free port
/// of 127.0.0.1 (a throwaway certificate; <see cref="IssuerTrust"/> lets a test host trust it), serving
/// <c>/{tenant}/v2.0/.well-known/openid-configuration</c>, the JWKS (<see cref="Keys"/>, rotatable), an authorize
/// endpoint that signs in a chosen user without a form (<c>login_hint</c>, else the issuer session, else
/// <see cref="NextUser"/>), a token endpoint (authorization code with PKCE and client secret, client credentials) and an
/// end-session endpoint. Tokens are v2.0-shaped (<c>iss</c> <c>{instance}{tenant}/v2.0</c>, <c>tid</c>, <c>oid</c>,
/// <c>preferred_username</c>, <c>email</c>, <c>roles</c>, <c>org</c>) and signed with the issuer's own RSA keys.
/// </summary>
public sealed class LocalOidcIssuer : IAsyncDisposable
{
    public const string SessionCookie = "local-oidc-session";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, OidcClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OidcUser> _users = new();
    private readonly ConcurrentQueue<EndedSession> _endedSessions = new();
    private OidcUser? _nextUser;

    private LocalOidcIssuer(string tenantId)
    {
        TenantId = tenantId;
        Tokens = new EntraTokens(this);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate)));
        _app = builder.Build();
        LocalOidcIssuerEndpoints.Map(_app, this);
    }

    /// <summary>The directory (tenant) id this issuer is.</summary>
    public string TenantId { get; }

    public X509Certificate2 Certificate { get; } = SelfSignedCertificate.ForLoopback();

    public OidcSigningKeys Keys { get; } = new();

    /// <summary><c>https://127.0.0.1:PORT/</c>: what <c>AzureAd:Instance</c> is set to.</summary>
    public string Instance { get; private set; } = "";

    /// <summary><c>{Instance}{TenantId}/v2.0</c>, the issuer of its tokens and the authority relying parties use.</summary>
    public string Authority => IssuerOf(TenantId);

    /// <summary>Who the authorize endpoint signs in when the request has no <c>login_hint</c> and the browser no session.</summary>
    public OidcUser? NextUser
    {
        get => Volatile.Read(ref _nextUser);
        set => Volatile.Write(ref _nextUser, value);
    }

    /// <summary>End-session requests the issuer honoured, in order.</summary>
    public IReadOnlyList<EndedSession> EndedSessions => [.. _endedSessions];

    internal EntraTokens Tokens { get; }

    internal ConcurrentDictionary<string, OidcUser> Sessions { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, PendingCode> Codes { get; } = new(StringComparer.Ordinal);

    public static async Task<LocalOidcIssuer> StartAsync(string? tenantId = null)
    {
        var issuer = new LocalOidcIssuer(tenantId ?? Guid.NewGuid().ToString());
        await issuer._app.StartAsync();
        var address = issuer._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer.Instance = $"https://127.0.0.1:{new Uri(address).Port}/";
        return issuer;
    }

    public string IssuerOf(string tenantId) => $"{Instance}{tenantId}/v2.0";

    public OidcClient Register(OidcClient client)
    {
        _clients[client.ClientId] = client;
        return client;
    }

    /// <summary>A user the authorize endpoint finds by <c>login_hint</c>.</summary>
    public OidcUser AddUser(OidcUser user)
    {
        _users.Enqueue(user);
        return user;
    }

    /// <summary>True while the issuer has a live session (a browser signed in) for this user.</summary>
    public bool HasSessionFor(OidcUser user) => Sessions.Values.Any(u => u.ObjectId == user.ObjectId);

    /// <summary>An access token for the client's API, as Entra ID would issue it to a client app calling it for <paramref name="user"/>.</summary>
    public string AccessToken(OidcClient api, OidcUser user, AccessTokenShape? shape = null) =>
        Tokens.AccessToken(api, user, shape ?? new AccessTokenShape());

    /// <summary>
    /// A client that trusts the issuer's certificate and follows no redirects (a test plays the browser or the client app);
    /// with <paramref name="cookies"/> it keeps the issuer session like a browser.
    /// </summary>
    public HttpClient CreateHttpClient(CookieContainer? cookies = null)
    {
        var thumbprint = Certificate.Thumbprint;
        return new HttpClient(new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        })
        { BaseAddress = new Uri(Instance) };
    }

    internal OidcClient? Client(string? clientId) => clientId is not null && _clients.TryGetValue(clientId, out var client) ? client : null;

    internal OidcUser? UserHinted(string? loginHint) =>
        string.IsNullOrWhiteSpace(loginHint) ? null : _users.FirstOrDefault(u => u.Answers(loginHint));

    internal void Ended(EndedSession session) => _endedSessions.Enqueue(session);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}

/// <summary>An authorization code waiting to be redeemed at the token endpoint.</summary>
internal sealed record PendingCode(
    OidcClient Client, OidcUser User, string RedirectUri, string SessionId, string? Nonce, string? CodeChallenge, string? CodeChallengeMethod, DateTimeOffset ExpiresAt);

/// <summary>An end-session request: whose session it ended (null when none was live), and whether it named the user with an ID token.</summary>
public sealed record EndedSession(OidcUser? User, bool HadIdTokenHint, string? PostLogoutRedirectUri);
