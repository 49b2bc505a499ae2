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

    public override async Task<object> CreateAsync(ResourceWrite<ApiCredential> write, CancellationToken cancellationToken)
    {
        var credential = write.Resource;
        var kind = write.Targets(c => c.Kind) ? credential.Kind : throw ValidationFailedException.For("kind", "kind is required: organisation or agent.");
        if (OneTimeSecret.IsHeld(http.HttpContext!))
        {
            throw new RuleViolationException("Create one API credential per request, so that its secret can be shown.");
        }

        var created = await credentials.CreateAsync(Actor, new ApiCredentialRequest(credential.Name, kind, credential.Agent?.Id), cancellationToken);
        OneTimeSecret.Hold(http.HttpContext!, created);
        return created.Credential.Id;
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => credentials.RevokeAsync(Actor, IdOf(id), cancellationToken);
}
