using AdminPortal.Web.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AdminPortal.Web.Api.Auth;

/// <summary>Under /api a refused request gets a JSON:API error body: 401 (offering Bearer and Basic) or 403.</summary>
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
            await context.ChallengeAsync(ApiAuthentication.Scheme);
            await context.ChallengeAsync(BasicCredentialAuthentication.Scheme);
            await ApiErrorWriter.WriteAsync(context, new ApiError(StatusCodes.Status401Unauthorized, "Unauthorized", BasicCredentialAuthentication.IsBasic(context.Request)
                ? "The API credential is not valid (unknown key or subdomain, wrong secret, or revoked)."
                : "A valid bearer token is required (missing, expired or not signed by this host), or Basic credentials of an API credential."));
            return;
        }

        await ApiErrorWriter.WriteAsync(context, new ApiError(StatusCodes.Status403Forbidden, "Forbidden", "The token does not allow this request."));
    }
}
