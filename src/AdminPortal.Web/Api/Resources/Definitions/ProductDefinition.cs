using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// The rules shared by every resource: everyone reads (agents only what their base filter lets through), only admins
/// write, and every write goes to the definition, which maps it to the domain service: the library never writes a product
/// row itself. A type that allows more (status changes) overrides <see cref="AuthorizeAsync"/>.
/// </summary>
public abstract class ProductDefinition<TEntity>(ApiCaller caller) : ResourceDefinition<TEntity>
    where TEntity : class
{
    protected Actor Actor => caller.Required;

    protected bool IsAgentRole => Actor.Role == AgentRole.Agent;

    protected Guid Me => caller.AgentId;

    public sealed override bool HandlesWrites => true;

    public override Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken)
    {
        if (IsWrite(context.Operation) && !Actor.IsAdmin)
        {
            throw new PermissionDeniedException($"Only admins may change {context.ResourceType.PublicName} resources.");
        }

        return Task.CompletedTask;
    }

    protected static bool IsWrite(ResourceOperation operation) =>
        operation is ResourceOperation.Create or ResourceOperation.Update or ResourceOperation.Delete or ResourceOperation.ChangeRelationship;

    protected static Guid IdOf(object? id) => id is Guid guid ? guid : Guid.Parse(id?.ToString() ?? "");

    /// <summary>Soft-deleted rows stay hidden (in includes, related data, paths and look-ups too) unless the client's filter
    /// names the <paramref name="deleted"/> attribute itself, e.g. <c>filter=equals(deleted,'true')</c>.</summary>
    protected FilterExpression? HideDeletedUnlessAsked(FilterExpression? filter, Expression<Func<TEntity, bool>> deleted)
    {
        var attribute = Attribute(deleted);
        return filter.Names(attribute) ? filter : FilterExpressions.And(filter, FilterExpressions.Equal(attribute, false));
    }

    /// <summary>The ids of the right resources a write names (stand-ins carrying only their id).</summary>
    protected static IReadOnlyCollection<Guid> IdsOf<TRight>(IEnumerable<TRight> resources, Func<TRight, Guid> id) => [.. resources.Select(id)];

    /// <summary>A to-many relationship write as a membership change: replace, add or remove.</summary>
    protected static Domain.Teams.MembershipChange ChangeOf(WriteKind kind) => kind switch
    {
        WriteKind.AddToRelationship => Domain.Teams.MembershipChange.Add,
        WriteKind.RemoveFromRelationship => Domain.Teams.MembershipChange.Remove,
        _ => Domain.Teams.MembershipChange.Replace,
    };
}
