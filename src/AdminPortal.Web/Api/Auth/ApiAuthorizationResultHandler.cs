using AdminPortal.Web.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// Under /api a refused request gets a JSON:API error body: 401 (offering Bearer and Basic) saying what is wrong with the
/// token or credential, or 403 (with the reason when a valid Entra ID token names no user AdminPortal lets in).
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!ApiPaths.IsApi(context.Request) || authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (authorizeResult.Challenged)
        {
            // the handler keeps the request's result, so this reads the failure instead of validating again
            var failure = (await context.AuthenticateAsync(ApiAuthentication.Scheme)).Failure;
            await context.ChallengeAsync(ApiAuthentication.Scheme);
            await context.ChallengeAsync(BasicCredentialAuthentication.Scheme);
            await ApiErrorWriter.WriteAsync(context, new ApiError(StatusCodes.Status401Unauthorized, "Unauthorized", BasicCredentialAuthentication.IsBasic(context.Request)
                ? "The API credential is not valid (unknown key or subdomain, wrong secret, or revoked)."
                : BearerFailures.Describe(failure)));
            return;
        }

        var refusal = context.User.FindFirst(EntraIdClaims.RefusalClaim)?.Value;
        await ApiErrorWriter.WriteAsync(context, new ApiError(StatusCodes.Status403Forbidden, "Forbidden", refusal ?? "The token does not allow this request."));
    }
}
