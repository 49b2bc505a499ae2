using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Graph;

namespace JsonApi.Definitions;

/// <summary>
/// One write as a definition sees it: the typed resource and the members the request targets.
/// <list type="bullet">
/// <item>Create: a new <typeparamref name="TEntity"/> with the sent attributes set and the sent relationships pointing at
/// their (existing, visible) right resources; members not sent keep the entity's defaults.</item>
/// <item>Update: the stored resource (read without tracking) with the sent members applied on top.</item>
/// <item>Relationship changes (<c>/relationships/x</c> or an atomic <c>ref</c> to a relationship): the stored resource whose
/// navigation holds the right resources the request names: the new value (set), those to add, or those to remove.</item>
/// </list>
/// Right resources are stand-ins carrying only their id; the library checked that each exists and is visible (404 otherwise),
/// and for a to-one relationship it also set the foreign key the navigation maps to.
/// </summary>
public sealed class ResourceWrite<TEntity>
    where TEntity : class
{
    internal ResourceWrite(ResourceType resourceType, WriteKind kind, TEntity resource, object? id, TargetedMembers members)
    {
        ResourceType = resourceType;
        Kind = kind;
        Resource = resource;
        Id = id;
        Members = members;
    }

    public ResourceType ResourceType { get; }

    public WriteKind Kind { get; }

    public TEntity Resource { get; }

    /// <summary>The id from the URL or the operation's ref; on create, the client-generated id when allowed, else null.</summary>
    public object? Id { get; }

    public TargetedMembers Members { get; }

    /// <summary>Whether the request targets the attribute or relationship mapped to <paramref name="member"/>, e.g. <c>write.Targets(t =&gt; t.Parent)</c>.</summary>
    public bool Targets<TValue>(Expression<Func<TEntity, TValue>> member) => Members.Contains(PropertyOf(member));

    private static PropertyInfo PropertyOf(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException($"'{expression}' must select a property of {typeof(TEntity).Name}.", nameof(expression));
    }
}
