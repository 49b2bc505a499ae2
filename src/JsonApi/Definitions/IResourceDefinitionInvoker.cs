using System.Linq.Expressions;

namespace JsonApi.Definitions;

/// <summary>Calls the typed definition of a resource type from non-generic code.</summary>
internal interface IResourceDefinitionInvoker
{
    LambdaExpression? GetBaseFilter(IServiceProvider services);

    Task AuthorizeAsync(IServiceProvider services, ResourceOperationContext context, CancellationToken cancellationToken);

    Task<object?> CreateAsync(IServiceProvider services, ResourceWrite write, CancellationToken cancellationToken);

    Task<bool> UpdateAsync(IServiceProvider services, ResourceWrite write, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(IServiceProvider services, object id, CancellationToken cancellationToken);

    Task OnWritingAsync(IServiceProvider services, object entity, ResourceWrite write, CancellationToken cancellationToken);

    Task OnWrittenAsync(IServiceProvider services, object entity, ResourceWrite write, CancellationToken cancellationToken);

    Task OnDeletingAsync(IServiceProvider services, object entity, CancellationToken cancellationToken);
}
