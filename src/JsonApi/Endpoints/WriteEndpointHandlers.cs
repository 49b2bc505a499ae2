using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings;
using JsonApi.QueryStrings.Expressions;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Endpoints;

/// <summary>POST, PATCH, DELETE of resources and relationships.</summary>
internal static class WriteEndpointHandlers
{
    public static async Task PostAsync(HttpContext http, ResourceType type, string prefix)
    {
        ReadEndpointHandlers.Require(type, ResourceEndpoints.Post, http);
        var request = JsonApiRequest.For(http, prefix);
        var spec = request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Single);
        using var body = await RequestBodyReader.ParseAsync(http.Request, request.Aborted);
        var write = request.Services.Bodies.ReadResource(body, type, WriteKind.Create, null);
        var id = await request.Writer.CreateAsync(write, request.Aborted);
        request.Db.ChangeTracker.Clear();
        var document = await request.Reader.ReadOneAsync(type, id, spec, request.Aborted);
        document.Links["self"] = request.Links.Resource(type, type.FormatId(id));
        http.Response.Headers.Location = request.Links.Resource(type, type.FormatId(id));
        await DocumentResponse.WriteAsync(http, document, StatusCodes.Status201Created);
    }

    public static async Task PatchAsync(HttpContext http, ResourceType type, string prefix)
    {
        ReadEndpointHandlers.Require(type, ResourceEndpoints.Patch, http);
        var request = JsonApiRequest.For(http, prefix);
        var id = ReadEndpointHandlers.RouteId(http, type);
        var spec = request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Single);
        using var body = await RequestBodyReader.ParseAsync(http.Request, request.Aborted);
        var write = request.Services.Bodies.ReadResource(body, type, WriteKind.Update, id);
        await CheckIfMatchAsync(request, type, id);
        await request.Writer.UpdateAsync(write, request.Aborted);
        request.Db.ChangeTracker.Clear();
        var document = await request.Reader.ReadOneAsync(type, id, spec, request.Aborted);
        await DocumentResponse.WriteAsync(http, document);
    }

    public static async Task DeleteAsync(HttpContext http, ResourceType type, string prefix)
    {
        ReadEndpointHandlers.Require(type, ResourceEndpoints.Delete, http);
        var request = JsonApiRequest.For(http, prefix);
        var id = ReadEndpointHandlers.RouteId(http, type);
        request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Single);
        await CheckIfMatchAsync(request, type, id);
        await request.Writer.DeleteAsync(type, id, request.Aborted);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    public static Task PatchRelationshipAsync(HttpContext http, ResourceType type, string prefix) =>
        ChangeRelationshipAsync(http, type, prefix, ResourceEndpoints.PatchRelationship, WriteKind.SetRelationship);

    public static Task PostRelationshipAsync(HttpContext http, ResourceType type, string prefix) =>
        ChangeRelationshipAsync(http, type, prefix, ResourceEndpoints.PostRelationship, WriteKind.AddToRelationship);

    public static Task DeleteRelationshipAsync(HttpContext http, ResourceType type, string prefix) =>
        ChangeRelationshipAsync(http, type, prefix, ResourceEndpoints.DeleteRelationship, WriteKind.RemoveFromRelationship);

    private static async Task ChangeRelationshipAsync(HttpContext http, ResourceType type, string prefix, ResourceEndpoints endpoint, WriteKind kind)
    {
        ReadEndpointHandlers.Require(type, endpoint, http);
        var request = JsonApiRequest.For(http, prefix);
        var id = ReadEndpointHandlers.RouteId(http, type);
        var relationship = ReadEndpointHandlers.RouteRelationship(http, type);
        request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Relationship);
        if (relationship.IsReadOnly)
        {
            throw new ReadOnlyMemberException(relationship.PublicName, type.PublicName, "/data");
        }

        if (!relationship.IsToMany && kind != WriteKind.SetRelationship)
        {
            throw new ForbiddenOperationException($"Only to-many relationships can be targeted in '{http.Request.Method}' requests.");
        }

        using var body = await RequestBodyReader.ParseAsync(http.Request, request.Aborted);
        var write = request.Services.Bodies.ReadRelationship(body, type, id, relationship, kind);
        await CheckIfMatchAsync(request, type, id);
        await request.Writer.ChangeRelationshipAsync(write, relationship, request.Aborted);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>If-Match compares with the ETag of <c>GET /{route}/{id}</c> without query parameters.</summary>
    private static async Task CheckIfMatchAsync(JsonApiRequest request, ResourceType type, object id)
    {
        var ifMatch = EntityTag.IfMatch(request.Http.Request);
        if (ifMatch is null)
        {
            return;
        }

        var current = await request.Reader.ReadOneAsync(type, id, new QuerySpec(), request.Aborted);
        if (!EntityTag.Matches(ifMatch, DocumentResponse.EntityTagOf(current)))
        {
            throw new PreconditionFailedException();
        }
    }
}
