using JsonApi.Errors;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace JsonApi.Endpoints;

/// <summary>JSON:API 1.1 media type rules: 415 for request bodies, 406 for Accept.</summary>
internal static class ContentNegotiation
{
    private static readonly HashSet<string> AllowedParameters = new(StringComparer.OrdinalIgnoreCase) { "ext", "profile" };

    public static void Validate(HttpRequest request)
    {
        if (HasBody(request))
        {
            var contentType = request.ContentType;
            if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !IsJsonApi(parsed))
            {
                throw new UnsupportedMediaTypeException(contentType);
            }
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return;
        }

        var acceptable = values.Any(value => value.MediaType.Equals("*/*", StringComparison.Ordinal)
            || value.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || IsJsonApi(value));
        if (!acceptable)
        {
            throw new NotAcceptableException();
        }
    }

    /// <summary>For a plain JSON document (the OpenAPI description): any JSON media type, <c>application/*</c> or <c>*/*</c>, else 406.</summary>
    public static void ValidateJsonAccept(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return;
        }

        if (!values.Any(value => value.MediaType.Equals("*/*", StringComparison.Ordinal)
            || value.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || value.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || value.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true))
        {
            throw new NotAcceptableException();
        }
    }

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) || HttpMethods.IsPatch(request.Method) || request.ContentLength > 0
        || request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonApi(MediaTypeHeaderValue value) =>
        value.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase)
        && value.Parameters.All(parameter => AllowedParameters.Contains(parameter.Name.Value ?? string.Empty)
            || parameter.Name.Equals("q", StringComparison.OrdinalIgnoreCase));
}
