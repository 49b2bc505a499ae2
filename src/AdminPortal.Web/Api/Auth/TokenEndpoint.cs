using AdminPortal.Domain.Agents;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Auth;

/// <summary><c>POST /api/auth/token</c>: email + password (plain JSON) for a bearer token of the host.</summary>
public static class TokenEndpoint
{
    public sealed record TokenRequest(string? Email, string? Password);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync).AllowAnonymous();
        return api;
    }

    private static async Task<IResult> IssueAsync(HttpRequest request, [FromServices] ICredentialService credentials, [FromServices] TokenIssuer issuer)
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

        var agent = await credentials.VerifyAsync(body.Email.Trim(), body.Password, request.HttpContext.RequestAborted);
        if (agent is null)
        {
            throw new ApiRequestException(new ApiError(StatusCodes.Status401Unauthorized, "Unauthorized", "The email or password is incorrect."));
        }

        var token = issuer.Issue(agent);
        return ApiJson.Ok(new TokenResponse(token.AccessToken, "Bearer", token.ExpiresIn));
    }
}
