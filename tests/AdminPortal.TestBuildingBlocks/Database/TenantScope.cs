using AdminPortal.Domain.Data;
using Microsoft.Extensions.DependencyInjection;

namespace TestBuildingBlocks.Database;

/// <summary>A DI scope acting as one organisation (its own DbContext); dispose it like a request ending.</summary>
public sealed class TenantScope(AsyncServiceScope scope, Guid organisationId) : IAsyncDisposable
{
    public Guid OrganisationId { get; } = organisationId;

    public IServiceProvider Services => scope.ServiceProvider;

    public AdminPortalDbContext Db => scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();

    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
