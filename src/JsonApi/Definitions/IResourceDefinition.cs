using System.Linq.Expressions;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Definitions;

/// <summary>Application hooks for one resource type, resolved per request from DI
/// (register with <c>services.AddResourceDefinition&lt;TEntity, TDefinition&gt;()</c>). Derive from <see cref="ResourceDefinition{TEntity}"/>.</summary>
public interface IResourceDefinition<TEntity>
    where TEntity : class
{
    /// <summary>Rows the caller may read at all: applied to every read of this type (primary data, included and related
    /// resources, filters and sorts through relationships, write look-ups), whatever the query string says.</summary>
    Expression<Func<TEntity, bool>>? BaseFilter { get; }

    /// <summary>The filter of this type's primary data, given the client's parsed <c>filter</c> (null when none); the same
    /// for the condition of a <c>has()</c> on this type. Wherever this type is read without a client filter (included and
    /// related resources, to-one paths, counts, write look-ups) it is called with null, so a definition can hide rows
    /// unless the client asks for them.</summary>
    FilterExpression? OnApplyFilter(FilterExpression? existingFilter);

    /// <summary>The include tree of a request whose primary data is of this type; may remove or add paths.</summary>
    IncludeNode OnApplyIncludes(IncludeNode existingIncludes);

    /// <summary>The sort of this type's primary data (the request's, or the default sort); the id always breaks ties.</summary>
    IReadOnlyList<SortElement> OnApplySort(IReadOnlyList<SortElement> existingSort);

    /// <summary>Called before every operation; throw <c>ForbiddenOperationException</c> to refuse with 403.</summary>
    Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken);

    /// <summary>When true the library never writes this type itself: every create, update (whatever members it carries),
    /// delete and relationship change, from the resource endpoints and from atomic operations alike, goes to
    /// <see cref="CreateAsync"/>, <see cref="UpdateAsync"/> and <see cref="DeleteAsync"/>, inside one transaction per request.
    /// When false the library writes the entity itself and calls <see cref="OnWritingAsync"/> and <see cref="OnWrittenAsync"/>.</summary>
    bool HandlesWrites { get; }

    /// <summary>When true (with <see cref="HandlesWrites"/>), each write hook is one transaction by itself, e.g. one domain
    /// operation that commits its own: a request to a resource endpoint then runs the hook without opening a transaction
    /// around it, so the hook's reads happen before its writes begin and write locks are held only while it writes. Atomic
    /// operations still run all their operations in one transaction.</summary>
    bool WritesCommitThemselves { get; }

    /// <summary>Creates the resource (only when <see cref="HandlesWrites"/>); returns its id.</summary>
    Task<object> CreateAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken);

    /// <summary>Updates the resource or one of its relationships (only when <see cref="HandlesWrites"/>); see <see cref="WriteKind"/>.</summary>
    Task UpdateAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken);

    /// <summary>Deletes the resource (only when <see cref="HandlesWrites"/>); the library has checked it is visible.</summary>
    Task DeleteAsync(object id, CancellationToken cancellationToken);

    /// <summary>Before SaveChanges of a library-written create, update or relationship change (<c>write.Resource</c> is the
    /// tracked entity); validate or change it, or throw.</summary>
    Task OnWritingAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken);

    /// <summary>After SaveChanges of a library-written change, inside the same transaction.</summary>
    Task OnWrittenAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken);

    /// <summary>Before a library-written delete is saved (may throw).</summary>
    Task OnDeletingAsync(TEntity entity, CancellationToken cancellationToken);
}
