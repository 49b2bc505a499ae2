using Microsoft.AspNetCore.Antiforgery;

namespace AdminPortal.Web.Security;

/// <summary>Forwarded headers from trusted proxies, cookie rules, security headers and sign-in throttling.</summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddTrustedProxies();

        var embedding = new WidgetEmbedding(builder.Configuration);
        services.AddSingleton(embedding);
        services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);
        services.Configure<CookiePolicyOptions>(options =>
        {
            // HTTPS (directly or through a trusted proxy) always gets Secure cookies
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.OnAppendCookie = context => AllowInFrames(context.Context, context.CookieOptions, embedding);
            options.OnDeleteCookie = context => AllowInFrames(context.Context, context.CookieOptions, embedding);
        });

        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .Validate(o =>
            {
                o.Validate();
                return true;
            }).ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordCheckSlots>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<AccountChecks>();
        return builder;
    }

    /// <summary>First in the pipeline, so every later step sees the client's real address and scheme.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseMiddleware<SecurityHeaders>();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>
    /// With embedding on, over HTTPS: <c>SameSite=None; Secure; Partitioned</c>. Partitioned (CHIPS) keeps the cookie
    /// per top-level site, which is what browsers that block third-party cookies (private windows, Safari) still allow:
    /// the agent signs in once inside each site's frame.
    /// </summary>
    private static void AllowInFrames(HttpContext context, CookieOptions cookie, WidgetEmbedding embedding)
    {
        if (embedding.Enabled && context.Request.IsHttps)
        {
            cookie.SameSite = SameSiteMode.None;
            cookie.Secure = true;
            if (!cookie.Extensions.Contains(Partitioned, StringComparer.OrdinalIgnoreCase))
            {
                cookie.Extensions.Add(Partitioned);
            }
        }
    }

    private const string Partitioned = "partitioned";
}
