namespace JsonApi.OpenApi;

/// <summary>
/// Adds its part to the OpenAPI document served by <c>MapOpenApiDocument</c>: paths, schemas, responses, security schemes.
/// Register with <c>services.AddOpenApiContributor&lt;T&gt;()</c>. The document is composed once, on its first request, by every
/// contributor in ascending <see cref="Order"/> (registration order among equals); the library's JSON:API resources contribute at 0.
/// </summary>
public interface IOpenApiContributor
{
    /// <summary>When this contributor runs; one that decorates the operations of all others (e.g. with security) runs last.</summary>
    int Order => 0;

    void Contribute(OpenApiDocumentBuilder document);
}
