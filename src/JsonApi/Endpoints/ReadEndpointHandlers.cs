using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Endpoints;

/// <summary>GET collection, single, secondary and relationship endpoints.</summary>
internal static class ReadEndpointHandlers
{
    public static async Task GetCollectionAsync(HttpContext http, ResourceType type, string prefix)
    {
        Require(type, ResourceEndpoints.GetCollection, http);
        var request = JsonApiRequest.For(http, prefix);
        var spec = request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Collection);
        await type.DefinitionInvoker.AuthorizeAsync(http.RequestServices, new(ResourceOperation.ReadCollection, type), request.Aborted);
        var document = await request.Reader.ReadCollectionAsync(type, spec, request.Aborted);
        await DocumentResponse.WriteAsync(http, document);
    }

    public static async Task GetSingleAsync(HttpContext http, ResourceType type, string prefix)
    {
        Require(type, ResourceEndpoints.GetSingle, http);
        var request = JsonApiRequest.For(http, prefix);
        var id = RouteId(http, type);
        var spec = request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Single);
        await type.DefinitionInvoker.AuthorizeAsync(http.RequestServices, new(ResourceOperation.ReadOne, type, id), request.Aborted);
        var document = await request.Reader.ReadOneAsync(type, id, spec, request.Aborted);
        await DocumentResponse.WriteAsync(http, document);
    }

    public static async Task GetSecondaryAsync(HttpContext http, ResourceType type, string prefix)
    {
        Require(type, ResourceEndpoints.GetSecondary, http);
        await GetRelatedAsync(http, type, prefix, identifiersOnly: false);
    }

    public static async Task GetRelationshipAsync(HttpContext http, ResourceType type, string prefix)
    {
        Require(type, ResourceEndpoints.GetRelationship, http);
        await GetRelatedAsync(http, type, prefix, identifiersOnly: true);
    }

    private static async Task GetRelatedAsync(HttpContext http, ResourceType type, string prefix, bool identifiersOnly)
    {
        var request = JsonApiRequest.For(http, prefix);
        var id = RouteId(http, type);
        var relationship = RouteRelationship(http, type);
        var kind = identifiersOnly ? QueryEndpointKind.Relationship : relationship.IsToMany ? QueryEndpointKind.Collection : QueryEndpointKind.Single;
        var spec = request.Services.QueryStrings.Read(http.Request.Query, relationship.RightType, kind);
        await type.DefinitionInvoker.AuthorizeAsync(http.RequestServices, new(ResourceOperation.ReadRelationship, type, id, relationship), request.Aborted);
        var document = await request.Reader.ReadRelatedAsync(type, id, relationship, spec, identifiersOnly, request.Aborted);
        await DocumentResponse.WriteAsync(http, document);
    }

    /// <summary>Refuses an endpoint the type turned off: 403 for an update of a resource or relationship (JSON:API's answer to an
    /// unsupported update), 405 with the methods the route does answer otherwise.</summary>
    public static void Require(ResourceType type, ResourceEndpoints endpoint, HttpContext http)
    {
        if (type.Has(endpoint))
        {
            return;
        }

        if (endpoint is ResourceEndpoints.Patch or ResourceEndpoints.PatchRelationship or ResourceEndpoints.PostRelationship or ResourceEndpoints.DeleteRelationship)
        {
            throw new ForbiddenOperationException($"Resource type '{type.PublicName}' does not support this update.");
        }

        var allow = endpoint switch
        {
            ResourceEndpoints.GetCollection or ResourceEndpoints.Post => AllowedMethods.Collection(type),
            ResourceEndpoints.GetSecondary => AllowedMethods.Secondary(type),
            ResourceEndpoints.GetRelationship => AllowedMethods.Relationship(type, RouteRelationship(http, type)),
            _ => AllowedMethods.Single(type),
        };
        throw new MethodNotAllowedException(http.Request.Method, http.Request.Path, allow);
    }

    /// <summary>The <c>{id}</c> route value; ids that cannot exist answer 404.</summary>
    public static object RouteId(HttpContext http, ResourceType type)
    {
        var text = http.Request.RouteValues["id"] as string;
        return type.ParseId(text) ?? throw new ResourceNotFoundException(type.PublicName, text ?? string.Empty);
    }

    public static ResourceRelationship RouteRelationship(HttpContext http, ResourceType type)
    {
        var name = http.Request.RouteValues["relationship"] as string ?? string.Empty;
        return type.FindRelationship(name)
            ?? throw new RouteNotFoundException($"Relationship '{name}' does not exist on resource type '{type.PublicName}'.");
    }
}
