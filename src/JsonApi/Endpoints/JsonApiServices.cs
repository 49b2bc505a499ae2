using JsonApi.Configuration;
using JsonApi.Graph;
using JsonApi.QueryStrings;
using JsonApi.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Endpoints;

/// <summary>The singletons of the JSON:API layer.</summary>
internal sealed class JsonApiServices(ResourceGraph graph, JsonApiOptions options, Func<IServiceProvider, DbContext> resolveDbContext)
{
    public ResourceGraph Graph { get; } = graph;

    public JsonApiOptions Options { get; } = options;

    public QueryStringReader QueryStrings { get; } = new(graph, options);

    public RequestBodyReader Bodies { get; } = new(graph, options);

    /// <summary>The route prefix given to <c>MapJsonApi</c> (used for links).</summary>
    public string Prefix { get; set; } = "/api";

    /// <summary>Always the request-scoped DbContext from DI, so the application's global query filters apply.</summary>
    public DbContext ResolveDbContext(IServiceProvider services) => resolveDbContext(services);
}
