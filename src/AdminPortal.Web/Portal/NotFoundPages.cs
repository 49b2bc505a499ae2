namespace AdminPortal.Web.Portal;

/// <summary>
/// An unknown address opened in a browser shows the portal's own "Page not found" inside the layout. API and dialect
/// clients (no <c>text/html</c> in Accept, or under an API path) keep their own error bodies. It goes before routing,
/// so the re-executed request finds the page's endpoint.
/// </summary>
public static class NotFoundPages
{
    public const string Path = "/not-found";

    public static WebApplication UseNotFoundPage(this WebApplication app)
    {
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method)
                && !context.Request.Path.StartsWithSegments("/api")
                && !context.Request.Path.StartsWithSegments("/manager/api")
                && !context.Request.Path.StartsWithSegments("/apps/api")
                && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true),
            branch => branch.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true));
        return app;
    }
}
