using System.Security.Claims;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Tenancy;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.RateLimiting;
using AdminPortal.Web.Api.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Callers;

/// <summary>
/// Runs first for every /api request: reads the bearer token or Basic API credential (never the portal cookie), checks
/// that its agent still exists in its organisation, sets the scope's tenant and <see cref="ApiCaller"/> (with the agent's
/// current role for the host's own tokens), picks the organisation's rate quota (every request of the organisation counts,
/// whatever it signed in with), and turns any exception below it into JSON:API error objects.
/// </summary>
public sealed class ApiRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ApiCaller caller, TenantContext tenant, OrganisationQuotas quotas, IConfiguration configuration)
    {
        try
        {
            var scheme = BasicCredentialAuthentication.IsBasic(context.Request) ? BasicCredentialAuthentication.Scheme : ApiAuthentication.Scheme;
            var result = await context.AuthenticateAsync(scheme);
            context.User = result.Succeeded && result.Principal is not null ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
            if (caller.SignIn(context.User) && caller.Actor is { } actor)
            {
                var db = context.RequestServices.GetRequiredService<AdminPortalDbContext>();
                if (actor.AgentId is { } agentId)
                {
                    var role = await CurrentRoleAsync(db, actor.OrganisationId, agentId, context.RequestAborted);
                    if (role is null)
                    {
                        await RefuseUnknownAgentAsync(context);
                        return;
                    }

                    if (!EntraIdClaims.IsConfigured(configuration))
                    {
                        caller.UseRole(role.Value);
                    }
                }

                tenant.Use(actor.OrganisationId);
                if (caller.Required.Role == AgentRole.Agent)
                {
                    AgentQueryPaths.EnsureReadable(context.Request.Query);
                }

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

    /// <summary>The agent's role now, or null when the token names an agent its organisation no longer has.</summary>
    private static Task<AgentRole?> CurrentRoleAsync(AdminPortalDbContext db, Guid organisationId, Guid agentId, CancellationToken cancellationToken) =>
        db.Agents.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == agentId && a.OrganisationId == organisationId)
            .Select(a => (AgentRole?)a.Role)
            .FirstOrDefaultAsync(cancellationToken);

    private static async Task RefuseUnknownAgentAsync(HttpContext context)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await ApiErrorWriter.WriteAsync(context, new ApiError(
            StatusCodes.Status401Unauthorized, "Unauthorized", "The token's agent no longer exists in its organisation."));
    }
}
