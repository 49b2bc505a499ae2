using AdminPortal.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace AdminPortal.Web.Portal;

/// <summary>
/// A portal session follows its account: every request checks the cookie's agent, role and security stamp against the
/// database (<see cref="AccountChecks"/>), and a live circuit does the same every <c>Portal:RevalidationInterval</c>.
/// A session whose account was deleted, demoted or given a new password ends at once.
/// </summary>
public static class PortalSessions
{
    public const string RevalidationIntervalKey = "Portal:RevalidationInterval";
    public static readonly TimeSpan DefaultRevalidationInterval = TimeSpan.FromSeconds(30);

    /// <summary>The configured interval; a zero or negative one stops the start instead of re-checking without pause.</summary>
    public static TimeSpan RevalidationInterval(IConfiguration configuration)
    {
        var interval = configuration.GetValue<TimeSpan?>(RevalidationIntervalKey) ?? DefaultRevalidationInterval;
        return interval > TimeSpan.Zero
            ? interval
            : throw new InvalidOperationException($"{RevalidationIntervalKey} must be a positive duration such as 00:00:30.");
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            return;
        }

        var checks = context.HttpContext.RequestServices.GetRequiredService<AccountChecks>();
        if (!await checks.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}

/// <summary>The circuit's authentication state, checked against the account every revalidation interval.</summary>
internal sealed class RevalidatingPortalAuthenticationState(ILoggerFactory loggers, IServiceScopeFactory scopes, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval { get; } = PortalSessions.RevalidationInterval(configuration);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountChecks>().IsCurrentAsync(authenticationState.User, cancellationToken);
    }
}
