using System.Linq.Expressions;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>API credentials: admins only, reads included; create and revoke go through <see cref="IApiCredentialService"/>.</summary>
public sealed class ApiCredentialDefinition(ApiCaller caller, IApiCredentialService credentials, IHttpContextAccessor http)
    : ProductDefinition<ApiCredential>(caller)
{
    public override Expression<Func<ApiCredential, bool>>? BaseFilter =>
        Actor.IsAdmin ? null : throw new PermissionDeniedException("Only admins may see API credentials.");

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var kind = write.GetAttribute<object>("kind") is ApiCredentialKind value
            ? value
            : throw ValidationFailedException.For("kind", "kind is required: organisation or agent.");
        var agentId = write.ToOne.TryGetValue("agent", out var agent) && agent is not null ? IdOf(agent) : (Guid?)null;
        if (OneTimeSecret.IsHeld(http.HttpContext!))
        {
            throw new RuleViolationException("Create one API credential per request, so that its secret can be shown.");
        }

        var created = await credentials.CreateAsync(Actor, new ApiCredentialRequest(Required<string>(write, "name"), kind, agentId), cancellationToken);
        OneTimeSecret.Hold(http.HttpContext!, created);
        return created.Credential.Id;
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await credentials.RevokeAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }
}
