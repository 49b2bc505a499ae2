using System.Security.Claims;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Tenancy;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.RateLimiting;
using Microsoft.AspNetCore.Authentication;

namespace AdminPortal.Web.Api.Callers;

/// <summary>
/// Runs first for every /api request: reads the bearer token (never the portal cookie), sets the
/// scope's tenant and <see cref="ApiCaller"/> from its claims, picks the organisation's rate quota,
/// and turns any exception below it into JSON:API error objects.
/// </summary>
public sealed class ApiRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ApiCaller caller, TenantContext tenant, OrganisationQuotas quotas)
    {
        try
        {
            var result = await context.AuthenticateAsync(ApiAuthentication.Scheme);
            context.User = result.Succeeded && result.Principal is not null ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
            if (caller.SignIn(context.User) && caller.Actor is { } actor)
            {
                tenant.Use(actor.OrganisationId);
                var perSecond = await quotas.PerSecondAsync(
                    actor.OrganisationId, context.RequestServices.GetRequiredService<AdminPortalDbContext>(), context.RequestAborted);
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
}
