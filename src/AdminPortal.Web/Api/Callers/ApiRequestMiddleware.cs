using System.Security.Claims;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Tenancy;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.RateLimiting;
using AdminPortal.Web.Security;
using Microsoft.AspNetCore.Authentication;

namespace AdminPortal.Web.Api.Callers;

/// <summary>
/// Runs first for every /api request: reads the bearer token or Basic API credential (never the portal cookie), checks
/// that its agent still exists in its organisation and (for the host's own tokens) that its password and role have not
/// changed since, sets the scope's tenant and <see cref="ApiCaller"/> (with the agent's current role for the host's own
/// tokens and agent credentials) and the scope's audit origin (<see cref="ApiAuditOrigin"/>), picks the organisation's rate quota (every request of the organisation counts, whatever
/// it signed in with), and turns any exception below it into JSON:API error objects.
/// </summary>
public sealed class ApiRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(
        HttpContext context, ApiCaller caller, TenantContext tenant, AuditContext audit, OrganisationQuotas quotas, IConfiguration configuration, AccountChecks accounts)
    {
        try
        {
            var basic = BasicCredentialAuthentication.IsBasic(context.Request);
            var result = await context.AuthenticateAsync(basic ? BasicCredentialAuthentication.Scheme : ApiAuthentication.Scheme);
            context.User = result.Succeeded && result.Principal is not null ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
            if (caller.SignIn(context.User) && caller.Actor is { } actor)
            {
                var db = context.RequestServices.GetRequiredService<AdminPortalDbContext>();
                if (actor.AgentId is { } agentId)
                {
                    var account = await accounts.CurrentAsync(actor.OrganisationId, agentId, context.RequestAborted);
                    if (account is null)
                    {
                        await RefuseAsync(context, "The token's agent no longer exists in its organisation.");
                        return;
                    }

                    if (account.Deactivated)
                    {
                        await RefuseAsync(context, "The account is deactivated; an admin can reactivate it.");
                        return;
                    }

                    if (!EntraIdClaims.IsConfigured(configuration) || basic)
                    {
                        // an API credential is revoked on its own; a host token dies with a password or role change
                        if (!basic && !AccountChecks.StampMatches(context.User, account))
                        {
                            await RefuseAsync(context, "The token was issued before the account's password or role changed; get a new token.");
                            return;
                        }

                        caller.UseRole(account.Role);
                    }
                }

                tenant.Use(actor.OrganisationId);
                audit.Use(ApiAuditOrigin.Of(context, caller));

                var perSecond = await quotas.PerSecondAsync(actor.OrganisationId, db, context.RequestAborted);
                ApiRateLimiting.UseQuota(context, new ApiRateLimiting.Quota(actor.OrganisationId, perSecond));
            }

            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            await ApiErrorWriter.WriteAsync(context, exception);
        }
    }

    private static async Task RefuseAsync(HttpContext context, string detail)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await ApiErrorWriter.WriteAsync(context, new ApiError(StatusCodes.Status401Unauthorized, "Unauthorized", detail));
    }
}
