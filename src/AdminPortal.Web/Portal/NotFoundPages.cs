namespace AdminPortal.Web.Portal;

/// <summary>
/// An unknown address opened in a browser shows the portal's own "Page not found" inside the layout. API and dialect
/// clients (no <c>text/html</c> in Accept, or under <c>/api</c>) keep their own error bodies.
/// </summary>
public static class NotFoundPages
{
    public const string Path = "/not-found";

    public static WebApplication UseNotFoundPage(this WebApplication app)
    {
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method)
                && !context.Request.Path.StartsWithSegments("/api")
                && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true),
            branch => branch.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true));
        return app;
    }
}
