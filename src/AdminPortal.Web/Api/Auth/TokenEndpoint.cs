using System.Globalization;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// <c>POST /api/auth/token</c>: email + password (plain JSON) for a bearer token of the host. Throttled like the sign-in
/// form: a locked-out account or address answers 429 with Retry-After, a host busy checking passwords 503.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/auth/token";

    /// <summary>True for a request to the token endpoint (it has its own anonymous rate-limit bucket).</summary>
    public static bool Is(HttpRequest request) => request.Path.Equals(ApiPaths.Prefix + Path, StringComparison.OrdinalIgnoreCase);

    public sealed record TokenRequest(string? Email, string? Password);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, IssueAsync).AllowAnonymous();
        return api;
    }

    private static async Task<IResult> IssueAsync(HttpRequest request, [FromServices] PasswordSignIn signIn, [FromServices] TokenIssuer issuer)
    {
        var body = await ApiJson.ReadAsync<TokenRequest>(request);
        if (string.IsNullOrWhiteSpace(body.Email))
        {
            throw ApiRequestException.BadRequest("email is required.", "/email");
        }

        if (string.IsNullOrEmpty(body.Password))
        {
            throw ApiRequestException.BadRequest("password is required.", "/password");
        }

        var outcome = await signIn.SignInAsync(body.Email.Trim(), body.Password, ClientAddresses.KeyOf(request.HttpContext), request.HttpContext.RequestAborted);
        if (outcome.Agent is not { } agent)
        {
            return await RefuseAsync(request.HttpContext, outcome);
        }

        var token = issuer.Issue(agent);
        return ApiJson.Ok(new TokenResponse(token.AccessToken, "Bearer", token.ExpiresIn));
    }

    private static async Task<IResult> RefuseAsync(HttpContext context, SignInOutcome outcome)
    {
        if (outcome.Kind == SignInOutcomeKind.Invalid)
        {
            throw new ApiRequestException(new ApiError(StatusCodes.Status401Unauthorized, "Unauthorized", "The email or password is incorrect."));
        }

        context.Response.Headers.RetryAfter = outcome.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await ApiErrorWriter.WriteAsync(context, outcome.Kind == SignInOutcomeKind.Busy
            ? new ApiError(StatusCodes.Status503ServiceUnavailable, "Busy", outcome.Message)
            : new ApiError(StatusCodes.Status429TooManyRequests, "Too many sign-in attempts", outcome.Message));
        return Results.Empty;
    }
}
