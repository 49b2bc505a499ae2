using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>Lets custom (non-CRUD) endpoints answer with JSON:API documents and errors like the generated ones.</summary>
public sealed class JsonApiResponder(ResourceGraph graph, JsonApiErrorWriter errorWriter)
{
    /// <summary>Reads one resource back (honouring the request's <c>include</c> and <c>fields</c>, and the base filter) and writes it;
    /// 404 when it is not visible.</summary>
    public async Task WriteResourceAsync(HttpContext http, Type clrType, object id, int statusCode = StatusCodes.Status200OK)
    {
        var type = graph.GetByClrType(clrType);
        var request = JsonApiRequest.For(http, http.RequestServices.GetRequiredService<JsonApiServices>().Prefix);
        var spec = request.Services.QueryStrings.Read(http.Request.Query, type, QueryEndpointKind.Single);
        var document = await request.Reader.ReadOneAsync(type, id, spec, http.RequestAborted);
        await DocumentResponse.WriteAsync(http, document, statusCode);
    }

    /// <summary>Writes a document built by the application.</summary>
    public Task WriteDocumentAsync(HttpContext http, Document document, int statusCode = StatusCodes.Status200OK) =>
        DocumentResponse.WriteAsync(http, document, statusCode);

    /// <summary>Writes the errors an exception maps to (the same mapping as the generated endpoints).</summary>
    public Task WriteErrorAsync(HttpContext http, Exception exception) => errorWriter.WriteAsync(http, exception);

    public Task WriteErrorsAsync(HttpContext http, IReadOnlyList<ErrorObject> errors) => errorWriter.WriteAsync(http, errors);

    internal static JsonApiResponder Create(IServiceProvider services) =>
        new(services.GetRequiredService<ResourceGraph>(), services.GetRequiredService<JsonApiErrorWriter>());
}
