namespace AdminPortal.Web.Portal;

/// <summary>Cookie sign-in, MudBlazor and the Blazor Server pages.</summary>
public static class PortalSetup
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder) => builder;

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.MapGet("/", () => "AdminPortal");
        return app;
    }
}
