using System.Threading.RateLimiting;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Security;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>
/// Requests without a valid token, counted per client address (the proxy's client when the proxy is trusted, see
/// <see cref="TrustedProxies"/>), with the token endpoint in a bucket of its own: a flood of requests with bad or
/// missing tokens from an address never uses up that address's sign-ins. Guessing passwords is held back by
/// <see cref="SignInThrottle"/>, not by this limit.
/// </summary>
public static class AnonymousPartitions
{
    public static RateLimitPartition<string> For(HttpContext context, int perSecond)
    {
        var bucket = TokenEndpoint.Is(context.Request) ? "sign-in" : "no-token";
        return RateLimitPartition.Get($"ip:{bucket}:{ClientAddresses.KeyOf(context)}", _ => ApiRateLimiting.PerSecond(context, perSecond));
    }
}
