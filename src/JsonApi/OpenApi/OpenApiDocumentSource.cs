using System.Text.Json.Nodes;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;

namespace JsonApi.OpenApi;

/// <summary>
/// Composes the OpenAPI document once (every <see cref="IOpenApiContributor"/> by <see cref="IOpenApiContributor.Order"/>) and
/// writes it with <c>servers</c> naming the origin the request came to, so tools that fetch it call the same host.
/// </summary>
internal sealed class OpenApiDocumentSource(IEnumerable<IOpenApiContributor> contributors)
{
    private readonly Lazy<(string Head, string Tail)> _document = new(() => Compose(contributors));

    public string Write(HttpRequest request)
    {
        var (head, tail) = _document.Value;
        var servers = new JsonArray(new JsonObject
        {
            ["url"] = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}",
            ["description"] = "This host",
        });
        return $"{head},\"servers\":{servers.ToJsonString(JsonApiJson.SerializerOptions)},{tail}";
    }

    /// <summary>The document split where <c>servers</c> goes: after <c>openapi</c> and <c>info</c>.</summary>
    private static (string, string) Compose(IEnumerable<IOpenApiContributor> contributors)
    {
        var builder = new OpenApiDocumentBuilder();
        foreach (var contributor in contributors.Select((contributor, index) => (contributor, index))
                     .OrderBy(entry => entry.contributor.Order).ThenBy(entry => entry.index).Select(entry => entry.contributor))
        {
            contributor.Contribute(builder);
        }

        var document = builder.Build();
        var head = new JsonObject { ["openapi"] = document["openapi"]!.DeepClone(), ["info"] = document["info"]!.DeepClone() };
        document.Remove("openapi");
        document.Remove("info");
        var headText = head.ToJsonString(JsonApiJson.SerializerOptions);
        var tailText = document.ToJsonString(JsonApiJson.SerializerOptions);
        return (headText[..^1], tailText[1..]);
    }
}
