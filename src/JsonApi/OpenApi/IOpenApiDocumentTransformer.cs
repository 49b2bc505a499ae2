using System.Text.Json.Nodes;

namespace JsonApi.OpenApi;

/// <summary>
/// Adds to the OpenAPI document once the library has described the resources, e.g. the application's own endpoints
/// and security schemes. Register implementations in DI; each runs once, in registration order, when the document is
/// first asked for.
/// </summary>
public interface IOpenApiDocumentTransformer
{
    void Transform(JsonObject document);
}
