using System.Linq.Expressions;

namespace JsonApi.Definitions;

/// <summary>Application hooks for one resource type, resolved per request from DI
/// (register with <c>services.AddResourceDefinition&lt;TEntity, TDefinition&gt;()</c>). Derive from <see cref="ResourceDefinition{TEntity}"/>.</summary>
public interface IResourceDefinition<TEntity>
    where TEntity : class
{
    /// <summary>A filter applied to every read of this type: primary data, secondary data, included resources and write look-ups.</summary>
    Expression<Func<TEntity, bool>>? BaseFilter { get; }

    /// <summary>Called before every operation; throw <c>ForbiddenOperationException</c> to refuse with 403.</summary>
    Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken);

    /// <summary>Takes over creation: return the id of the created resource, or null to let the library create it.</summary>
    Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken);

    /// <summary>Takes over an update (attributes/relationships in <paramref name="write"/>, id in <c>write.Id</c>): return true when handled.</summary>
    Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken);

    /// <summary>Takes over deletion: return true when handled.</summary>
    Task<bool> DeleteAsync(object id, CancellationToken cancellationToken);

    /// <summary>Before SaveChanges of a library-handled create, update or relationship change; validate or change the entity, or throw.</summary>
    Task OnWritingAsync(TEntity entity, ResourceWrite write, CancellationToken cancellationToken);

    /// <summary>After SaveChanges, inside the same transaction.</summary>
    Task OnWrittenAsync(TEntity entity, ResourceWrite write, CancellationToken cancellationToken);

    /// <summary>Before a library-handled delete is saved (may throw).</summary>
    Task OnDeletingAsync(TEntity entity, CancellationToken cancellationToken);
}
