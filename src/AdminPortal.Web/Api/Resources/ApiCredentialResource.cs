using AdminPortal.Domain.Entities;
using AdminPortal.Web.Api.Resources.Definitions;
using JsonApi.Graph;
using static JsonApi.Graph.AttributeCapabilities;

namespace AdminPortal.Web.Api.Resources;

/// <summary>
/// <c>ApiCredential</c> at <c>/api/api_credentials</c> (admins only): read, create (<c>name</c>, <c>kind</c>, and the
/// <c>agent</c> relationship for kind agent) and revoke (<c>DELETE</c>; the credential stays listed with <c>revoked_at</c>).
/// <c>secret</c> holds the secret in the create response only and is null everywhere else; only its hash is stored.
/// </summary>
public static class ApiCredentialResource
{
    private const AttributeCapabilities Creatable = View | Create | Filter | Sort;

    public static void AddTo(ResourceGraphBuilder graph) =>
        graph.Add<ApiCredential>("ApiCredential", "api_credentials", resource => resource
            .Attribute(c => c.Name, Creatable)
            .Attribute(c => c.Kind, Creatable)
            .Attribute(c => c.Key, ReadOnly)
            .Computed("secret", c => c.Id == OneTimeSecret.CredentialId ? OneTimeSecret.Value : null)
            .Attribute(c => c.CreatedAt, ReadOnly)
            .Attribute(c => c.LastUsedAt, ReadOnly)
            .Attribute(c => c.RevokedAt, ReadOnly)
            .HasOne(c => c.Agent)
            .DefaultSort("-created_at")
            .Endpoints(ResourceEndpoints.Read | ResourceEndpoints.Post | ResourceEndpoints.Delete));
}
