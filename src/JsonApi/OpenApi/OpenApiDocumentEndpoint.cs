using System.Net;
using JsonApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace JsonApi.OpenApi;

/// <summary>Serves the OpenAPI document as <c>application/json</c> (or <c>application/vnd.oai.openapi+json</c> when only that is
/// accepted) to any client whose Accept allows it, <c>*/*</c> included; anything else answers 406.</summary>
internal static class OpenApiDocumentEndpoint
{
    private const string Json = "application/json";
    private const string OpenApiJson = "application/vnd.oai.openapi+json";

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.Headers.Vary = "Accept";
        if (MediaTypeFor(http.Request) is not { } mediaType)
        {
            await http.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(http, [new ErrorObject(HttpStatusCode.NotAcceptable,
                "The Accept header allows no media type of the OpenAPI document.", $"Accept '{Json}' or '{OpenApiJson}'.", new ErrorSource(Header: "Accept"))]);
            return;
        }

        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await http.Response.WriteAsync(http.RequestServices.GetRequiredService<OpenApiDocumentSource>().Write(http.Request), http.RequestAborted);
    }

    private static string? MediaTypeFor(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return Json;
        }

        var allowed = values.Where(value => value.Quality is not 0).Select(value => value.MediaType.Value ?? string.Empty).ToList();
        if (allowed.Any(type => type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase) || type.Equals(Json, StringComparison.OrdinalIgnoreCase)))
        {
            return Json;
        }

        return allowed.Any(type => type.Equals(OpenApiJson, StringComparison.OrdinalIgnoreCase)) ? OpenApiJson : null;
    }
}
