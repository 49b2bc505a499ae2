using System.Linq.Expressions;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Definitions;

/// <summary>Calls the typed definition of a resource type from non-generic code (types without a definition get the defaults).</summary>
internal interface IResourceDefinitionInvoker
{
    LambdaExpression? GetBaseFilter(IServiceProvider services);

    FilterExpression? OnApplyFilter(IServiceProvider services, FilterExpression? filter);

    IncludeNode OnApplyIncludes(IServiceProvider services, IncludeNode includes);

    IReadOnlyList<SortElement> OnApplySort(IServiceProvider services, IReadOnlyList<SortElement> sort);

    Task AuthorizeAsync(IServiceProvider services, ResourceOperationContext context, CancellationToken cancellationToken);

    bool HandlesWrites(IServiceProvider services);

    bool WritesCommitThemselves(IServiceProvider services);

    Task<object> CreateAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken);

    Task UpdateAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken);

    Task DeleteAsync(IServiceProvider services, object id, CancellationToken cancellationToken);

    Task OnWritingAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken);

    Task OnWrittenAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken);

    Task OnDeletingAsync(IServiceProvider services, object entity, CancellationToken cancellationToken);
}

/// <summary>The untyped parts of a <see cref="ResourceWrite{TEntity}"/>.</summary>
internal sealed record WriteArguments(WriteKind Kind, object Resource, object? Id, TargetedMembers Members);
