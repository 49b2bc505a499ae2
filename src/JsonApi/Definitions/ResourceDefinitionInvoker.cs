using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Definitions;

internal sealed class ResourceDefinitionInvoker<TEntity> : IResourceDefinitionInvoker
    where TEntity : class
{
    public LambdaExpression? GetBaseFilter(IServiceProvider services) => Find(services)?.BaseFilter;

    public Task AuthorizeAsync(IServiceProvider services, ResourceOperationContext context, CancellationToken cancellationToken) =>
        Find(services)?.AuthorizeAsync(context, cancellationToken) ?? Task.CompletedTask;

    public Task<object?> CreateAsync(IServiceProvider services, ResourceWrite write, CancellationToken cancellationToken) =>
        Find(services)?.CreateAsync(write, cancellationToken) ?? Task.FromResult<object?>(null);

    public Task<bool> UpdateAsync(IServiceProvider services, ResourceWrite write, CancellationToken cancellationToken) =>
        Find(services)?.UpdateAsync(write, cancellationToken) ?? Task.FromResult(false);

    public Task<bool> DeleteAsync(IServiceProvider services, object id, CancellationToken cancellationToken) =>
        Find(services)?.DeleteAsync(id, cancellationToken) ?? Task.FromResult(false);

    public Task OnWritingAsync(IServiceProvider services, object entity, ResourceWrite write, CancellationToken cancellationToken) =>
        Find(services)?.OnWritingAsync((TEntity)entity, write, cancellationToken) ?? Task.CompletedTask;

    public Task OnWrittenAsync(IServiceProvider services, object entity, ResourceWrite write, CancellationToken cancellationToken) =>
        Find(services)?.OnWrittenAsync((TEntity)entity, write, cancellationToken) ?? Task.CompletedTask;

    public Task OnDeletingAsync(IServiceProvider services, object entity, CancellationToken cancellationToken) =>
        Find(services)?.OnDeletingAsync((TEntity)entity, cancellationToken) ?? Task.CompletedTask;

    private static IResourceDefinition<TEntity>? Find(IServiceProvider services) => services.GetService<IResourceDefinition<TEntity>>();
}
