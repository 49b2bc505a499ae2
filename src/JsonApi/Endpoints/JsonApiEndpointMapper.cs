using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.OpenApi;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>Maps the endpoints of every resource type under one route group.</summary>
internal static class JsonApiEndpointMapper
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder app, string prefix, ResourceGraph graph)
    {
        prefix = "/" + prefix.Trim('/');
        var services = app.ServiceProvider.GetRequiredService<JsonApiServices>();
        services.Prefix = prefix;
        var openApi = new Lazy<string>(() =>
        {
            var document = OpenApiDocumentWriter.Build(graph, services.Options, prefix);
            foreach (var transformer in app.ServiceProvider.GetServices<IOpenApiDocumentTransformer>())
            {
                transformer.Transform(document);
            }

            return document.ToJsonString(JsonApiJson.SerializerOptions);
        });
        var group = app.MapGroup(prefix);
        group.AddEndpointFilter<JsonApiEndpointFilter>();
        foreach (var type in graph.Types)
        {
            var collection = $"/{type.Route}";
            var single = $"{collection}/{{id}}";
            var relationship = $"{single}/relationships/{{relationship}}";
            group.MapGet(collection, (HttpContext http) => ReadEndpointHandlers.GetCollectionAsync(http, type, prefix));
            group.MapPost(collection, (HttpContext http) => WriteEndpointHandlers.PostAsync(http, type, prefix));
            group.MapGet(single, (HttpContext http) => ReadEndpointHandlers.GetSingleAsync(http, type, prefix));
            group.MapPatch(single, (HttpContext http) => WriteEndpointHandlers.PatchAsync(http, type, prefix));
            group.MapDelete(single, (HttpContext http) => WriteEndpointHandlers.DeleteAsync(http, type, prefix));
            group.MapGet($"{single}/{{relationship}}", (HttpContext http) => ReadEndpointHandlers.GetSecondaryAsync(http, type, prefix));
            group.MapGet(relationship, (HttpContext http) => ReadEndpointHandlers.GetRelationshipAsync(http, type, prefix));
            group.MapPatch(relationship, (HttpContext http) => WriteEndpointHandlers.PatchRelationshipAsync(http, type, prefix));
            group.MapPost(relationship, (HttpContext http) => WriteEndpointHandlers.PostRelationshipAsync(http, type, prefix));
            group.MapDelete(relationship, (HttpContext http) => WriteEndpointHandlers.DeleteRelationshipAsync(http, type, prefix));
        }

        group.MapPost("/operations", (HttpContext http) => AtomicOperationsHandler.HandleAsync(http, prefix));
        group.MapGet("/openapi.json", (HttpContext http) => OpenApiDocumentWriter.WriteAsync(http, openApi.Value)).WithMetadata(OpenApiDocumentWriter.Endpoint);
        group.Map("/{**path}", (HttpContext http) => Task.FromException(
            new RouteNotFoundException($"No JSON:API endpoint matches '{http.Request.Method} {http.Request.Path}'.")))
            .WithOrder(int.MaxValue);
        return group;
    }
}
