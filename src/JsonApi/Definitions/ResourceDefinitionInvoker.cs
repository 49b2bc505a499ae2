using System.Linq.Expressions;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Definitions;

internal sealed class ResourceDefinitionInvoker<TEntity>(ResourceType resourceType) : IResourceDefinitionInvoker
    where TEntity : class
{
    public LambdaExpression? GetBaseFilter(IServiceProvider services) => Find(services)?.BaseFilter;

    public FilterExpression? OnApplyFilter(IServiceProvider services, FilterExpression? filter) =>
        Find(services) is { } definition ? definition.OnApplyFilter(filter) : filter;

    public IncludeNode OnApplyIncludes(IServiceProvider services, IncludeNode includes) =>
        Find(services) is { } definition ? definition.OnApplyIncludes(includes) : includes;

    public IReadOnlyList<SortElement> OnApplySort(IServiceProvider services, IReadOnlyList<SortElement> sort) =>
        Find(services) is { } definition ? definition.OnApplySort(sort) : sort;

    public Task AuthorizeAsync(IServiceProvider services, ResourceOperationContext context, CancellationToken cancellationToken) =>
        Find(services)?.AuthorizeAsync(context, cancellationToken) ?? Task.CompletedTask;

    public bool HandlesWrites(IServiceProvider services) => Find(services)?.HandlesWrites ?? false;

    public bool WritesCommitThemselves(IServiceProvider services) => Find(services) is { HandlesWrites: true, WritesCommitThemselves: true };

    public Task<object> CreateAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken) =>
        Required(services).CreateAsync(Typed(write), cancellationToken);

    public Task UpdateAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken) =>
        Required(services).UpdateAsync(Typed(write), cancellationToken);

    public Task DeleteAsync(IServiceProvider services, object id, CancellationToken cancellationToken) =>
        Required(services).DeleteAsync(id, cancellationToken);

    public Task OnWritingAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken) =>
        Find(services)?.OnWritingAsync(Typed(write), cancellationToken) ?? Task.CompletedTask;

    public Task OnWrittenAsync(IServiceProvider services, WriteArguments write, CancellationToken cancellationToken) =>
        Find(services)?.OnWrittenAsync(Typed(write), cancellationToken) ?? Task.CompletedTask;

    public Task OnDeletingAsync(IServiceProvider services, object entity, CancellationToken cancellationToken) =>
        Find(services)?.OnDeletingAsync((TEntity)entity, cancellationToken) ?? Task.CompletedTask;

    private ResourceWrite<TEntity> Typed(WriteArguments write) => new(resourceType, write.Kind, (TEntity)write.Resource, write.Id, write.Members);

    private IResourceDefinition<TEntity> Required(IServiceProvider services) => Find(services)
        ?? throw new InvalidOperationException($"Resource type '{resourceType.PublicName}' has no definition to write it.");

    private IResourceDefinition<TEntity>? Find(IServiceProvider services)
    {
        var definition = services.GetService<IResourceDefinition<TEntity>>();
        (definition as ResourceDefinition<TEntity>)?.AttachTo(resourceType);
        return definition;
    }
}
