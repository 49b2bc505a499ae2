using JsonApi.Errors;
using JsonApi.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>Maps the endpoints of every resource type under one route group.</summary>
internal static class JsonApiEndpointMapper
{
    /// <summary>Every GET is answered to HEAD as well.</summary>
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteGroupBuilder Map(IEndpointRouteBuilder app, string prefix, ResourceGraph graph)
    {
        prefix = "/" + prefix.Trim('/');
        var services = app.ServiceProvider.GetRequiredService<JsonApiServices>();
        services.Prefix = prefix;
        var group = app.MapGroup(prefix);
        group.AddEndpointFilter<JsonApiEndpointFilter>();
        foreach (var type in graph.Types)
        {
            var collection = $"/{type.Route}";
            var single = $"{collection}/{{id}}";
            var relationship = $"{single}/relationships/{{relationship}}";
            group.MapMethods(collection, ReadMethods, (HttpContext http) => ReadEndpointHandlers.GetCollectionAsync(http, type, prefix));
            group.MapPost(collection, (HttpContext http) => WriteEndpointHandlers.PostAsync(http, type, prefix));
            group.MapMethods(single, ReadMethods, (HttpContext http) => ReadEndpointHandlers.GetSingleAsync(http, type, prefix));
            group.MapPatch(single, (HttpContext http) => WriteEndpointHandlers.PatchAsync(http, type, prefix));
            group.MapDelete(single, (HttpContext http) => WriteEndpointHandlers.DeleteAsync(http, type, prefix));
            group.MapMethods($"{single}/{{relationship}}", ReadMethods, (HttpContext http) => ReadEndpointHandlers.GetSecondaryAsync(http, type, prefix));
            group.MapMethods(relationship, ReadMethods, (HttpContext http) => ReadEndpointHandlers.GetRelationshipAsync(http, type, prefix));
            group.MapPatch(relationship, (HttpContext http) => WriteEndpointHandlers.PatchRelationshipAsync(http, type, prefix));
            group.MapPost(relationship, (HttpContext http) => WriteEndpointHandlers.PostRelationshipAsync(http, type, prefix));
            group.MapDelete(relationship, (HttpContext http) => WriteEndpointHandlers.DeleteRelationshipAsync(http, type, prefix));
        }

        group.MapPost("/operations", (HttpContext http) => AtomicOperationsHandler.HandleAsync(http, prefix));
        group.Map("/{**path}", (HttpContext http) => Task.FromException(
            AllowedMethods.ForPath(graph, http.Request.RouteValues["path"] as string ?? string.Empty) is { } allow
                ? new MethodNotAllowedException(http.Request.Method, http.Request.Path, allow)
                : new RouteNotFoundException($"No JSON:API endpoint matches '{http.Request.Method} {http.Request.Path}'.")))
            .WithOrder(int.MaxValue);
        return group;
    }
}
