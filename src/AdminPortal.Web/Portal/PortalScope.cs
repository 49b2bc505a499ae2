using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Tenancy;

namespace AdminPortal.Web.Portal;

/// <summary>
/// Runs one read or write in a fresh DI scope with the user's tenant and audit origin (the portal), so a long-lived
/// circuit never reuses a stale or busy DbContext (a timer and a live update may overlap).
/// </summary>
public sealed class PortalScope(IServiceScopeFactory scopes, CurrentUser user)
{
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(user.OrganisationId);
        if (user.IsAuthenticated)
        {
            scope.ServiceProvider.GetRequiredService<AuditContext>().Use(AuditOrigin.Portal(user.AgentId, user.Name));
        }

        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task RunAsync<TService>(Func<TService, Task> work)
        where TService : notnull =>
        RunAsync<TService, bool>(async service =>
        {
            await work(service);
            return true;
        });
}
