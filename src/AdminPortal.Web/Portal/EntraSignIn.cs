using System.Security.Claims;
using AdminPortal.Domain.Data;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;

namespace AdminPortal.Web.Portal;

/// <summary>
/// Portal sign-in through Entra ID when an <c>AzureAd</c> section is configured: the Entra user is matched to an
/// agent by email and signed in to the portal cookie with the same claims as a local account.
/// </summary>
public static class EntraSignIn
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;
    private const string Section = "AzureAd";

    public static bool IsConfigured(IConfiguration configuration) => configuration.GetSection(Section).Exists();

    public static void AddEntraSignIn(this WebApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration))
        {
            return;
        }

        builder.Services.AddAuthentication()
            .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(Section), Scheme, cookieScheme: null);
        builder.Services.Configure<OpenIdConnectOptions>(Scheme, options =>
        {
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                var email = context.Principal?.FindFirstValue("preferred_username") ?? context.Principal?.FindFirstValue(ClaimTypes.Email);
                var db = context.HttpContext.RequestServices.GetRequiredService<AdminPortalDbContext>();
                var agent = email is null
                    ? null
                    : await db.Agents.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Email.ToLower() == email.ToLower());
                if (agent is null)
                {
                    context.Fail("No agent has this email.");
                    return;
                }

                var roles = context.Principal!.FindAll("roles").Select(c => c.Value).ToList();
                if (roles.Count > 0)
                {
                    agent.Role = roles.Select(PortalClaims.ParseRole).Max();
                }

                context.Principal = PortalClaims.For(agent, roleFromEntraId: true);
                context.Properties!.RedirectUri = PortalClaims.HomeOf(agent.Role);
            };
        });
    }
}
