using JsonApi.Configuration;
using JsonApi.Definitions;
using JsonApi.Endpoints;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace JsonApi;

public static class DependencyInjection
{
    /// <summary>Registers the JSON:API layer over <typeparamref name="TDbContext"/> (resolved per request from DI) with a resource graph built once.</summary>
    public static IServiceCollection AddJsonApi<TDbContext>(this IServiceCollection services,
        Action<JsonApiOptions>? configureOptions, Action<ResourceGraphBuilder> buildGraph)
        where TDbContext : DbContext
    {
        var options = new JsonApiOptions();
        configureOptions?.Invoke(options);
        var builder = new ResourceGraphBuilder(options);
        buildGraph(builder);
        var graph = builder.Build();

        services.AddSingleton(options);
        services.AddSingleton(graph);
        services.AddSingleton(new JsonApiServices(graph, options, provider => provider.GetRequiredService<TDbContext>()));
        services.AddSingleton<JsonApiErrorWriter>();
        services.AddScoped(JsonApiResponder.Create);
        services.AddSingleton<OpenApiDocumentSource>();
        services.AddOpenApiContributor<JsonApiOpenApiContributor>();
        return services;
    }

    /// <summary>Adds a part of the OpenAPI document (paths, schemas, security...) served by <see cref="MapOpenApiDocument"/>.</summary>
    public static IServiceCollection AddOpenApiContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, IOpenApiContributor
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpenApiContributor, TContributor>());
        return services;
    }

    /// <summary>
    /// Serves the OpenAPI 3.1 document composed by every <see cref="IOpenApiContributor"/> (the JSON:API resources and whatever the
    /// application adds) at <paramref name="pattern"/>, to GET and HEAD, as <c>application/json</c>. Returns the endpoint so the
    /// application decides who may read it.
    /// </summary>
    public static IEndpointConventionBuilder MapOpenApiDocument(this IEndpointRouteBuilder app, string pattern = "/api/openapi.json") =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], OpenApiDocumentEndpoint.WriteAsync);

    /// <summary>Registers the hooks of one resource type (resolved per request).</summary>
    public static IServiceCollection AddResourceDefinition<TEntity, TDefinition>(this IServiceCollection services)
        where TEntity : class
        where TDefinition : class, IResourceDefinition<TEntity>
    {
        services.AddScoped<IResourceDefinition<TEntity>, TDefinition>();
        return services;
    }

    /// <summary>Checks the graph against the EF Core model (throws on unmapped members), then
    /// maps every resource type's endpoints (the OpenAPI document is mapped on its own: <see cref="MapOpenApiDocument"/>); returns the route group so the
    /// application can add <c>RequireAuthorization</c>, rate limiting and its own endpoints.</summary>
    public static RouteGroupBuilder MapJsonApi(this IEndpointRouteBuilder app, string prefix = "/api")
    {
        var options = app.ServiceProvider.GetRequiredService<JsonApiOptions>();
        options.IncludeExceptionDetails ??= app.ServiceProvider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        var graph = app.ServiceProvider.GetRequiredService<ResourceGraph>();
        using (var scope = app.ServiceProvider.CreateScope())
        {
            if (TryResolveDbContext(scope.ServiceProvider) is { } db)
            {
                ResourceGraphValidator.Validate(graph, db.Model);
            }
        }

        return JsonApiEndpointMapper.Map(app, prefix, graph);
    }

    /// <summary>The DbContext when it can be created outside a request; validation is skipped otherwise.</summary>
    private static DbContext? TryResolveDbContext(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<JsonApiServices>().ResolveDbContext(services);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
