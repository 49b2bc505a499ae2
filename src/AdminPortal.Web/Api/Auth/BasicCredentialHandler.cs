using System.Security.Claims;
using System.Text.Encodings.Web;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// Checks a Basic credential against the organisation's API credentials (<see cref="IApiCredentialService"/>) on each
/// request, so a revoked credential is refused at once. The principal carries the same claims as a bearer token
/// (org, role, and sub for an agent credential) plus the credential's id and kind; an organisation credential has no sub.
/// </summary>
public sealed class BasicCredentialHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiCredentialService credentials)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!BasicCredentialAuthentication.IsBasic(Request))
        {
            return AuthenticateResult.NoResult();
        }

        if (!BasicCredentialAuthentication.TryRead(Request, out var userName, out var secret))
        {
            return AuthenticateResult.Fail("The Basic credentials are malformed.");
        }

        var identity = await credentials.AuthenticateAsync(userName, secret, Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("Unknown, revoked or wrong API credential.");
        }

        var claims = new List<Claim>
        {
            new(AdminPortalClaims.OrganisationId, identity.OrganisationId.ToString()),
            new(AdminPortalClaims.Role, ApiRoles.Name(identity.Role)),
            new(AdminPortalClaims.Name, identity.Name),
            new(BasicCredentialAuthentication.CredentialIdClaim, identity.CredentialId.ToString()),
            new(BasicCredentialAuthentication.CredentialKindClaim, KindName(identity.Kind)),
        };
        if (identity.AgentId is { } agentId)
        {
            claims.Add(new Claim(AdminPortalClaims.AgentId, agentId.ToString()));
        }

        if (identity.Email is { } email)
        {
            claims.Add(new Claim(AdminPortalClaims.Email, email));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, AdminPortalClaims.Name, AdminPortalClaims.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        BasicCredentialAuthentication.AppendChallenge(Response);
        return Task.CompletedTask;
    }

    public static string KindName(ApiCredentialKind kind) => kind == ApiCredentialKind.Organisation ? "organisation" : "agent";
}
