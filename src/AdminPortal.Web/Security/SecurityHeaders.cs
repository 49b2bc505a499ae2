using System.Security.Cryptography;
using AdminPortal.Web.Api;

namespace AdminPortal.Web.Security;

/// <summary>
/// Security headers on every response: <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy</c>, and a
/// Content-Security-Policy. Portal pages may load scripts only from the host (plus the page's own nonce, for the import
/// map), styles from the host and inline (MudBlazor styles elements and attributes), connect only back to the host
/// (the Blazor circuit), and may be framed only by the host itself, except the widget (<see cref="WidgetEmbedding"/>).
/// API answers allow nothing at all. Forms post only to the host, whose sign-out may go on to Entra ID's sign-in host
/// when it is configured (<see cref="Portal.EntraSignIn.FormTargets"/>).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, WidgetEmbedding embedding, IConfiguration configuration)
{
    private static readonly object _nonceKey = new();
    private readonly string _formAction = string.Join(' ', ["'self'", .. Portal.EntraSignIn.FormTargets(configuration)]);

    /// <summary>The nonce of this response's Content-Security-Policy, for the page's own inline scripts.</summary>
    public static string? NonceOf(HttpContext context) => context.Items[_nonceKey] as string;

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // no characters that HTML encoding would change
        context.Items[_nonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            Apply(context, nonce);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context, string nonce)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        if (ApiPaths.IsApi(context.Request))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            headers.XFrameOptions = "DENY";
            return;
        }

        var framed = embedding.MayBeFramed(context.Request.Path);
        var ancestors = framed ? "'self' " + string.Join(' ', embedding.FrameAncestors) : "'self'";
        headers.ContentSecurityPolicy = string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {_formAction}",
            $"frame-ancestors {ancestors}");
        if (framed)
        {
            headers.Remove("X-Frame-Options");
        }
        else
        {
            headers.XFrameOptions = "SAMEORIGIN";
        }
    }
}
