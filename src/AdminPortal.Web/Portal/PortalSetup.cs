using AdminPortal.Web.Components;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace AdminPortal.Web.Portal;

/// <summary>Cookie sign-in, MudBlazor and the Blazor Server pages.</summary>
public static class PortalSetup
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/widget";
                options.Cookie.Name = "AdminPortal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
            });
        services.AddAuthorization();
        builder.AddEntraSignIn();

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<PortalScope>();
        services.AddScoped<CircuitHandler, TenantCircuitHandler>();
        services.AddScoped<CircuitPresence>();
        services.AddScoped<CircuitHandler, PresenceCircuitHandler>();
        services.AddPortalQueries();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseStaticFiles();
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                context.RequestServices.GetRequiredService<CurrentUser>().SignedInAs(context.User);
            }

            await next(context);
        });
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapSignInEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void MapSignInEndpoints(this WebApplication app)
    {
        app.MapMethods("/signout", ["GET", "POST"], async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        }).DisableAntiforgery();

        if (EntraSignIn.IsConfigured(app.Configuration))
        {
            app.MapGet("/signin/entra", () => Results.Challenge(
                new AuthenticationProperties { RedirectUri = "/" },
                [EntraSignIn.Scheme]));
        }
    }
}
