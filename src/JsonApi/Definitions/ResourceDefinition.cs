using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Definitions;

/// <summary>Base class for resource definitions: every hook does nothing until overridden; with <see cref="HandlesWrites"/>,
/// a write hook left as is refuses the write with 403.</summary>
public abstract class ResourceDefinition<TEntity> : IResourceDefinition<TEntity>
    where TEntity : class
{
    private ResourceType? _resourceType;

    /// <summary>The resource type this definition belongs to (its attributes and relationships, for building filters).</summary>
    protected ResourceType ResourceType => _resourceType ?? throw new InvalidOperationException("The definition is not attached to its resource type yet.");

    public virtual Expression<Func<TEntity, bool>>? BaseFilter => null;

    public virtual FilterExpression? OnApplyFilter(FilterExpression? existingFilter) => existingFilter;

    public virtual IncludeNode OnApplyIncludes(IncludeNode existingIncludes) => existingIncludes;

    public virtual IReadOnlyList<SortElement> OnApplySort(IReadOnlyList<SortElement> existingSort) => existingSort;

    public virtual Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual bool HandlesWrites => false;

    public virtual bool WritesCommitThemselves => false;

    public virtual Task<object> CreateAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken) =>
        throw new ForbiddenOperationException($"Creating {write.ResourceType.PublicName} resources is not supported.");

    public virtual Task UpdateAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken) =>
        throw new ForbiddenOperationException($"Changing {write.Members} of {write.ResourceType.PublicName} resources is not supported.");

    public virtual Task DeleteAsync(object id, CancellationToken cancellationToken) =>
        throw new ForbiddenOperationException($"Deleting {ResourceType.PublicName} resources is not supported.");

    public virtual Task OnWritingAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnWrittenAsync(ResourceWrite<TEntity> write, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeletingAsync(TEntity entity, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The attribute mapped to <paramref name="property"/>, e.g. <c>Attribute(t =&gt; t.Deleted)</c>.</summary>
    protected ResourceAttribute Attribute<TValue>(Expression<Func<TEntity, TValue>> property) =>
        ResourceType.FindAttribute(PropertyOf(property))
        ?? throw new ArgumentException($"'{property}' is not an attribute of resource type '{ResourceType.PublicName}'.", nameof(property));

    /// <summary>The relationship mapped to <paramref name="navigation"/>, e.g. <c>Relationship(t =&gt; t.Parent)</c>.</summary>
    protected ResourceRelationship Relationship<TValue>(Expression<Func<TEntity, TValue>> navigation) =>
        ResourceType.FindRelationship(PropertyOf(navigation))
        ?? throw new ArgumentException($"'{navigation}' is not a relationship of resource type '{ResourceType.PublicName}'.", nameof(navigation));

    internal void AttachTo(ResourceType resourceType) => _resourceType ??= resourceType;

    private static PropertyInfo PropertyOf(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException($"'{expression}' must select a property of {typeof(TEntity).Name}.", nameof(expression));
    }
}
