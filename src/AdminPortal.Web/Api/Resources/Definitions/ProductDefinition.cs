using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// The role rules shared by every resource: everyone reads (agents only what their base filter lets
/// through), only admins write. A type that allows more (status changes) overrides <see cref="AuthorizeAsync"/>.
/// </summary>
public abstract class ProductDefinition<TEntity>(ApiCaller caller) : ResourceDefinition<TEntity>
    where TEntity : class
{
    protected Actor Actor => caller.Required;

    protected bool IsAgentRole => Actor.Role == AgentRole.Agent;

    protected Guid Me => caller.AgentId;

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

    protected static T Required<T>(ResourceWrite write, string member)
    {
        if (write.GetAttribute<object>(member) is T value)
        {
            return value;
        }

        throw ValidationFailedException.For(member, $"{member} is required.");
    }
}
