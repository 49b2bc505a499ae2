using AdminPortal.Web.Components;
using AdminPortal.Web.Portal.Queries;
using AdminPortal.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
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
        _ = PortalSessions.RevalidationInterval(builder.Configuration); // a bad interval stops the start
        services.AddScoped<AuthenticationStateProvider, RevalidatingPortalAuthenticationState>();
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/widget";
                options.Cookie.Name = "AdminPortal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.Events.OnValidatePrincipal = PortalSessions.ValidateAsync;
            });
        services.AddAuthorization();
        builder.AddEntraSignIn();

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<PortalScope>();
        services.AddScoped<CircuitHandler, TenantCircuitHandler>();
        services.AddScoped<CircuitPresence>();
        services.AddScoped<CircuitHandler, PresenceCircuitHandler>();
        services.AddScoped<PageDrain>();
        services.AddScoped<CircuitHandler, DrainCircuitHandler>();
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
        var embedding = app.Services.GetRequiredService<WidgetEmbedding>();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options =>
        {
            // SecurityHeaders writes the whole policy, frame-ancestors included
            options.ContentSecurityFrameAncestorsPolicy = null;

            // compressed WebSocket frames must not be readable by a page that frames the widget
            options.DisableWebSocketCompression = embedding.Enabled;
        });
        return app;
    }

    private static void MapSignInEndpoints(this WebApplication app)
    {
        // POST only, with the form's antiforgery token: a link or a cross-site form cannot end a session
        app.MapPost("/signout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("The sign-out form has expired. Reload the page and sign out again.");
            }

            return await EntraSignIn.SignOutAsync(context) ? Results.Empty : Results.Redirect("/signin");
        });

        if (EntraSignIn.IsConfigured(app.Configuration))
        {
            // ?account=another asks Entra ID for the account picker instead of the account it is signed in with
            app.MapGet("/signin/entra", (string? account) => Results.Challenge(
                new OpenIdConnectChallengeProperties { RedirectUri = "/", Prompt = account == "another" ? "select_account" : null },
                [EntraSignIn.Scheme]));
        }
    }
}
