using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TestBuildingBlocks.Oidc;

/// <summary>The HTTP side of <see cref="LocalOidcIssuer"/>: the paths and error answers of Entra ID's v2.0 endpoint.</summary>
internal static class LocalOidcIssuerEndpoints
{
    public static void Map(IEndpointRouteBuilder app, LocalOidcIssuer issuer)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => ForTenant(issuer, tenant, () => Discovery(issuer)));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => ForTenant(issuer, tenant, () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = issuer.Keys.Published.Select(k => k.Jwk(issuer.Authority)).ToArray(),
        })));
        app.MapMethods("/{tenant}/oauth2/v2.0/authorize", ["GET", "POST"], (string tenant, HttpContext context) =>
            ForTenantAsync(issuer, tenant, () => AuthorizeAsync(issuer, context)));
        app.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpContext context) =>
            ForTenantAsync(issuer, tenant, () => OidcTokenEndpoint.RedeemAsync(issuer, context)));
        app.MapMethods("/{tenant}/oauth2/v2.0/logout", ["GET", "POST"], (string tenant, HttpContext context) =>
            ForTenantAsync(issuer, tenant, () => EndSessionAsync(issuer, context)));
    }

    private static IResult Discovery(LocalOidcIssuer issuer)
    {
        var endpoints = $"{issuer.Instance}{issuer.TenantId}/oauth2/v2.0";
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["authorization_endpoint"] = $"{endpoints}/authorize",
            ["token_endpoint"] = $"{endpoints}/token",
            ["end_session_endpoint"] = $"{endpoints}/logout",
            ["jwks_uri"] = $"{issuer.Instance}{issuer.TenantId}/discovery/v2.0/keys",
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["code_challenge_methods_supported"] = new[] { "S256", "plain" },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nonce", "name", "preferred_username", "email", "oid", "tid", "roles", "sid", "ver" },
            ["request_uri_parameter_supported"] = false,
            ["frontchannel_logout_supported"] = true,
            ["http_logout_supported"] = true,
            ["tenant_region_scope"] = "EU",
        });
    }

    /// <summary>
    /// Signs the user in without a form: the user named by <c>login_hint</c>, else the browser's issuer session (unless
    /// <c>prompt</c> asks for a fresh choice), else <see cref="LocalOidcIssuer.NextUser"/>; answers with a code and/or an
    /// ID token by form post, query or fragment.
    /// </summary>
    private static async Task<IResult> AuthorizeAsync(LocalOidcIssuer issuer, HttpContext context)
    {
        var request = await ParametersAsync(context.Request);
        var client = issuer.Client(request["client_id"]);
        if (client is null)
        {
            return ErrorPage(HttpStatusCode.BadRequest, $"AADSTS700016: Application with identifier '{request["client_id"]}' was not found in the directory.");
        }

        var redirectUri = request["redirect_uri"];
        if (!client.Allows(redirectUri))
        {
            return ErrorPage(HttpStatusCode.BadRequest,
                $"AADSTS50011: The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{client.ClientId}'.");
        }

        var responseType = request["response_type"];
        var responseMode = request.Optional("response_mode") ?? "query";
        var state = request["state"];
        if (responseType is not ("code" or "id_token" or "code id_token" or "id_token code"))
        {
            return Reply(redirectUri, responseMode, new() { ["error"] = "unsupported_response_type", ["error_description"] = $"AADSTS700054: response_type '{responseType}' is not enabled for the application.", ["state"] = state });
        }

        var prompt = request["prompt"];
        var sessionId = context.Request.Cookies[LocalOidcIssuer.SessionCookie];
        var sessionUser = sessionId is not null && prompt is not ("login" or "select_account") && issuer.Sessions.TryGetValue(sessionId, out var live) ? live : null;
        var user = issuer.UserHinted(request["login_hint"]) ?? sessionUser ?? issuer.NextUser;
        if (user is null)
        {
            return ErrorPage(HttpStatusCode.BadRequest, "Nobody signs in at the local issuer: set NextUser, or send a login_hint of an added user.");
        }

        if (sessionId is null || sessionUser?.ObjectId != user.ObjectId)
        {
            sessionId = Guid.NewGuid().ToString("N");
            context.Response.Cookies.Append(LocalOidcIssuer.SessionCookie, sessionId, new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.None,
                Path = $"/{issuer.TenantId}/",
            });
        }

        issuer.Sessions[sessionId] = user;
        var nonce = request.Optional("nonce");
        var reply = new Dictionary<string, string> { ["state"] = state, ["session_state"] = sessionId };
        string? code = null;
        if (responseType.Contains("code", StringComparison.Ordinal))
        {
            code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            issuer.Codes[code] = new PendingCode(client, user, redirectUri, sessionId, nonce,
                request.Optional("code_challenge"), request.Optional("code_challenge_method"),
                DateTimeOffset.UtcNow.AddMinutes(5));
            reply["code"] = code;
        }

        if (responseType.Contains("id_token", StringComparison.Ordinal))
        {
            reply["id_token"] = issuer.Tokens.IdToken(client, user, sessionId, nonce, code);
        }

        return Reply(redirectUri, responseMode, reply);
    }

    /// <summary>
    /// Ends the browser's session (the cookie's, and the one the <c>id_token_hint</c> names), then sends the browser to
    /// <c>post_logout_redirect_uri</c> when the app registered it.
    /// </summary>
    private static async Task<IResult> EndSessionAsync(LocalOidcIssuer issuer, HttpContext context)
    {
        var request = await ParametersAsync(context.Request);
        string? hintedSession = null;
        string? hintedClient = null;
        if (request.Optional("id_token_hint") is { } hint)
        {
            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(hint, new TokenValidationParameters
            {
                ValidIssuer = issuer.Authority,
                ValidateAudience = false,
                ValidateLifetime = false,
                IssuerSigningKeys = [issuer.Keys.Current.SecurityKey, .. issuer.Keys.Retired.Select(k => k.SecurityKey)],
            });
            if (!validation.IsValid)
            {
                return ErrorPage(HttpStatusCode.BadRequest, "AADSTS50133: The id_token_hint is not a token of this issuer.");
            }

            hintedSession = validation.Claims.TryGetValue("sid", out var sid) ? sid as string : null;
            hintedClient = validation.Claims.TryGetValue("aud", out var aud) ? aud as string : null;
        }

        OidcUser? ended = null;
        foreach (var sessionId in new[] { hintedSession, context.Request.Cookies[LocalOidcIssuer.SessionCookie] }.OfType<string>())
        {
            if (issuer.Sessions.TryRemove(sessionId, out var user))
            {
                ended ??= user;
            }
        }

        context.Response.Cookies.Delete(LocalOidcIssuer.SessionCookie, new CookieOptions { Path = $"/{issuer.TenantId}/", Secure = true, SameSite = SameSiteMode.None });
        var postLogout = request.Optional("post_logout_redirect_uri");
        issuer.Ended(new EndedSession(ended, hintedSession is not null, postLogout));
        if (postLogout is null)
        {
            return Results.Content("<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body><h1>You signed out of your account</h1></body></html>", "text/html");
        }

        var client = issuer.Client(hintedClient ?? request["client_id"]);
        if (client is null || !client.Allows(postLogout))
        {
            return ErrorPage(HttpStatusCode.BadRequest, $"AADSTS50011: The post-logout redirect URI '{postLogout}' is not registered for the application.");
        }

        var state = request["state"];
        return Results.Redirect(state.Length > 0 ? $"{postLogout}?state={Uri.EscapeDataString(state)}" : postLogout);
    }

    /// <summary>Sends the reply the way the client asked: an auto-submitting form (form_post), the query or the fragment.</summary>
    private static IResult Reply(string redirectUri, string responseMode, Dictionary<string, string> parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        if (responseMode == "form_post")
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html><head><title>Working...</title><link rel=\"icon\" href=\"data:,\"></head><body onload=\"document.forms[0].submit()\">");
            html.Append(CultureInvariant($"<form method=\"POST\" name=\"hiddenform\" action=\"{WebUtility.HtmlEncode(redirectUri)}\">"));
            foreach (var (name, value) in present)
            {
                html.Append(CultureInvariant($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode(value)}\" />"));
            }

            html.Append("<noscript><p>Script is disabled. Click Submit to continue.</p><input type=\"submit\" value=\"Submit\" /></noscript></form></body></html>");
            return Results.Content(html.ToString(), "text/html");
        }

        var encoded = string.Join('&', present.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return Results.Redirect(responseMode == "fragment" ? $"{redirectUri}#{encoded}" : $"{redirectUri}{(redirectUri.Contains('?') ? '&' : '?')}{encoded}");
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static IResult ErrorPage(HttpStatusCode status, string message) => Results.Content(
        $"<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body><h1>Sorry, but we're having trouble signing you in.</h1><p id=\"error\">{WebUtility.HtmlEncode(message)}</p></body></html>",
        "text/html", statusCode: (int)status);

    internal static async Task<OidcParameters> ParametersAsync(HttpRequest request)
    {
        var parameters = request.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                parameters[key] = value;
            }
        }

        return new OidcParameters(parameters);
    }

    private static IResult ForTenant(LocalOidcIssuer issuer, string tenant, Func<IResult> answer) =>
        string.Equals(tenant, issuer.TenantId, StringComparison.OrdinalIgnoreCase) ? answer() : UnknownTenant(tenant);

    private static async Task<IResult> ForTenantAsync(LocalOidcIssuer issuer, string tenant, Func<Task<IResult>> answer) =>
        string.Equals(tenant, issuer.TenantId, StringComparison.OrdinalIgnoreCase) ? await answer() : UnknownTenant(tenant);

    private static IResult UnknownTenant(string tenant) => Results.Json(new Dictionary<string, object>
    {
        ["error"] = "invalid_tenant",
        ["error_description"] = $"AADSTS90002: Tenant '{tenant}' not found.",
    }, statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>The parameters of a protocol request (query and form); a missing one reads as empty.</summary>
internal sealed class OidcParameters(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> values)
{
    public string this[string name] => values.TryGetValue(name, out var value) ? value.ToString() : "";

    public string? Optional(string name) => this[name] is { Length: > 0 } value ? value : null;
}
