using System.Linq.Expressions;

namespace JsonApi.Definitions;

/// <summary>Base class for resource definitions: every hook does nothing until overridden.</summary>
public abstract class ResourceDefinition<TEntity> : IResourceDefinition<TEntity>
    where TEntity : class
{
    public virtual Expression<Func<TEntity, bool>>? BaseFilter => null;

    public virtual Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken) => Task.FromResult<object?>(null);

    public virtual Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken) => Task.FromResult(false);

    public virtual Task<bool> DeleteAsync(object id, CancellationToken cancellationToken) => Task.FromResult(false);

    public virtual Task OnWritingAsync(TEntity entity, ResourceWrite write, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnWrittenAsync(TEntity entity, ResourceWrite write, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeletingAsync(TEntity entity, CancellationToken cancellationToken) => Task.CompletedTask;
}
