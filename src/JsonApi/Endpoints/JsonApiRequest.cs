using JsonApi.Queries;
using JsonApi.Serialization;
using JsonApi.Writes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>The per-request objects of one JSON:API call.</summary>
internal sealed class JsonApiRequest
{
    private JsonApiRequest(HttpContext http, string prefix)
    {
        Http = http;
        Services = http.RequestServices.GetRequiredService<JsonApiServices>();
        Db = Services.ResolveDbContext(http.RequestServices);
        var visibility = new Visibility(http.RequestServices);
        Composer = new QueryComposer(visibility, Services.Options.IncludedPageSize, Services.Options.PageIdsFirstFromOffset);
        Links = new LinkBuilder(http.Request, prefix);
        Reader = new ResourceReader(Db, Composer, visibility, Links);
        Writer = new ResourceWriter(Db, Composer, http.RequestServices);
    }

    public HttpContext Http { get; }

    public JsonApiServices Services { get; }

    public DbContext Db { get; }

    public QueryComposer Composer { get; }

    public LinkBuilder Links { get; }

    public ResourceReader Reader { get; }

    public ResourceWriter Writer { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    public static JsonApiRequest For(HttpContext http, string prefix) => new(http, prefix);
}
