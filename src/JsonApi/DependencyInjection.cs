using JsonApi.Configuration;
using JsonApi.Definitions;
using JsonApi.Endpoints;
using JsonApi.Errors;
using JsonApi.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        return services;
    }

    /// <summary>Registers the hooks of one resource type (resolved per request).</summary>
    public static IServiceCollection AddResourceDefinition<TEntity, TDefinition>(this IServiceCollection services)
        where TEntity : class
        where TDefinition : class, IResourceDefinition<TEntity>
    {
        services.AddScoped<IResourceDefinition<TEntity>, TDefinition>();
        return services;
    }

    /// <summary>Maps every resource type's endpoints and <c>{prefix}/openapi.json</c>; returns the route group so the
    /// application can add <c>RequireAuthorization</c>, rate limiting and its own endpoints.</summary>
    public static RouteGroupBuilder MapJsonApi(this IEndpointRouteBuilder app, string prefix = "/api")
    {
        var options = app.ServiceProvider.GetRequiredService<JsonApiOptions>();
        options.IncludeExceptionDetails ??= app.ServiceProvider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        return JsonApiEndpointMapper.Map(app, prefix, app.ServiceProvider.GetRequiredService<ResourceGraph>());
    }
}
