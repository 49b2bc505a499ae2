using AdminPortal.Domain.Data;
using AdminPortal.Web.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;

namespace AdminPortal.Web.Portal;

/// <summary>
/// Portal sign-in through Entra ID when an <c>AzureAd</c> section is configured: the Entra user becomes the agent
/// <see cref="EntraIdClaims"/> finds (role from its app roles), signed in to the portal cookie like a local account.
/// A user AdminPortal does not let in lands on <c>/signin?refused=…</c>, which says why; signing out ends the session
/// at Entra ID too.
/// </summary>
public static class EntraSignIn
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The query parameter of <c>/signin</c> that says why an Entra ID sign-in was refused.</summary>
    public const string RefusedParameter = "refused";

    /// <summary>The sign-in itself failed at or after Entra ID (an error answer, an expired or replayed response).</summary>
    public const string Failed = "failed";

    public static bool IsConfigured(IConfiguration configuration) => EntraIdClaims.IsConfigured(configuration);

    public static void AddEntraSignIn(this WebApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration))
        {
            return;
        }

        builder.Services.AddAuthentication()
            .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(EntraIdClaims.Section), Scheme, cookieScheme: null);
        builder.Services.Configure<OpenIdConnectOptions>(Scheme, options =>
        {
            // keeps the ID token in the portal cookie: signing out sends it to Entra ID as id_token_hint
            options.SaveTokens = true;
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is null && context.Principal is not null)
                {
                    await SignInAsAgentAsync(context);
                }
            };
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn))
                    .LogWarning(context.Failure, "An Entra ID sign-in failed");
                context.HandleResponse();
                context.Response.Redirect(RefusedPath(Failed));
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// Signs out of the portal and, for a session that came from Entra ID, of Entra ID too (through its
    /// end_session_endpoint, which sends the browser back to <c>/signin</c>). True when Entra ID takes the browser.
    /// </summary>
    public static async Task<bool> SignOutAsync(HttpContext context)
    {
        var fromEntraId = IsConfigured(context.RequestServices.GetRequiredService<IConfiguration>())
            && context.User.HasClaim(c => c.Type == PortalClaims.RoleFromEntraId);
        if (fromEntraId)
        {
            // before the cookie: the ID token it keeps goes along as id_token_hint
            await context.SignOutAsync(Scheme, new AuthenticationProperties { RedirectUri = "/signin" });
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return fromEntraId;
    }

    /// <summary>
    /// Origins a portal form may lead to besides the host: Entra ID's sign-in host, where the sign-out form's redirect
    /// goes on to end the session there (the Content-Security-Policy's form-action covers redirects too).
    /// </summary>
    public static IEnumerable<string> FormTargets(IConfiguration configuration) =>
        IsConfigured(configuration) && Uri.TryCreate(configuration[$"{EntraIdClaims.Section}:Instance"], UriKind.Absolute, out var instance)
            ? [instance.GetLeftPart(UriPartial.Authority)]
            : [];

    /// <summary>What <c>/signin?refused=…</c> tells the user.</summary>
    public static string? DescribeRefusal(string? refused) => refused switch
    {
        null or "" => null,
        nameof(EntraIdRefusal.NotAnAgent) =>
            "You signed in with a Microsoft account that is not an agent of this organisation. Ask an administrator to add your email as an agent, or sign in with another Microsoft account.",
        nameof(EntraIdRefusal.Deactivated) =>
            "Your account is deactivated. Ask an administrator to reactivate it.",
        nameof(EntraIdRefusal.NoRole) =>
            "Your Microsoft account has no AdminPortal role (admin, supervisor or agent). Ask an administrator to assign you one in Entra ID.",
        nameof(EntraIdRefusal.NoOrganisation) =>
            "Your Microsoft account does not say which organisation you belong to, and the portal has no default organisation. Ask an administrator to set AzureAd:OrganisationId.",
        nameof(EntraIdRefusal.NoEmail) =>
            "Your Microsoft account did not share an email address, so no agent could be found for it. Ask an administrator to add the email claim to the app registration.",
        _ => "Signing in with Microsoft did not work. Try again; if it keeps failing, ask an administrator.",
    };

    private static async Task SignInAsAgentAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<AdminPortalDbContext>();
        var resolution = await EntraIdClaims.ResolveAsync(context.Principal!, services.GetRequiredService<IConfiguration>(), db, context.HttpContext.RequestAborted);
        if (resolution.User is not { } user)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn))
                .LogInformation("Entra ID sign-in refused: {Detail}", resolution.Detail);
            context.HandleResponse();
            context.Response.Redirect(RefusedPath(resolution.Refusal!.Value.ToString()));
            return;
        }

        var agent = await db.Agents.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == user.AgentId, context.HttpContext.RequestAborted);
        agent.Role = user.Role; // this session's role is the one Entra ID vouches for, not the stored one
        context.Principal = PortalClaims.For(agent, roleFromEntraId: true);
        context.Properties!.RedirectUri = PortalClaims.HomeOf(user.Role);
    }

    private static string RefusedPath(string reason) => $"/signin?{RefusedParameter}={Uri.EscapeDataString(reason)}";
}
