using JsonApi.Errors;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace JsonApi.Endpoints;

/// <summary>JSON:API 1.1 media type rules: 415 for request bodies, 406 for Accept. The only parameters allowed on the JSON:API
/// media type are <c>ext</c> and <c>profile</c> (and <c>q</c> in Accept); every URI in <c>ext</c> must be an extension the
/// server supports, compared exactly: only Atomic Operations.</summary>
internal static class ContentNegotiation
{
    public const string AtomicExtension = "https://jsonapi.org/ext/atomic";

    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.Ordinal) { AtomicExtension };

    public static void Validate(HttpRequest request)
    {
        if (HasBody(request))
        {
            var contentType = request.ContentType;
            if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !IsSupportedJsonApi(parsed, accept: false))
            {
                throw new UnsupportedMediaTypeException(contentType);
            }
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 1 && (string.Equals(accept[0], JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase) || accept[0] == "*/*"))
        {
            // The common cases, acceptable without parsing.
            return;
        }

        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return;
        }

        // Instances of the JSON:API media type decide alone: when all of them carry other parameters or unsupported extensions,
        // a wildcard beside them does not make the request acceptable.
        var jsonApi = values.Where(value => value.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase)).ToList();
        var acceptable = jsonApi.Count > 0
            ? jsonApi.Any(value => IsSupportedJsonApi(value, accept: true))
            : values.Any(value => value.MediaType.Equals("*/*", StringComparison.Ordinal) || value.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase));
        if (!acceptable)
        {
            throw new NotAcceptableException();
        }
    }

    /// <summary>Whether the Content-Type names the Atomic Operations extension (exactly, among the <c>ext</c> URIs).</summary>
    public static bool HasAtomicExtension(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) && Extensions(parsed).Contains(AtomicExtension);

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) || HttpMethods.IsPatch(request.Method) || request.ContentLength > 0
        || request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase);

    private static bool IsSupportedJsonApi(MediaTypeHeaderValue value, bool accept) =>
        value.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase)
        && value.Parameters.All(parameter => parameter.Name.Equals("ext", StringComparison.OrdinalIgnoreCase)
            || parameter.Name.Equals("profile", StringComparison.OrdinalIgnoreCase)
            || (accept && parameter.Name.Equals("q", StringComparison.OrdinalIgnoreCase)))
        && Extensions(value).All(SupportedExtensions.Contains);

    /// <summary>The URIs of the <c>ext</c> parameter (a quoted, space-separated list).</summary>
    private static IEnumerable<string> Extensions(MediaTypeHeaderValue value) => value.Parameters
        .Where(parameter => parameter.Name.Equals("ext", StringComparison.OrdinalIgnoreCase))
        .SelectMany(parameter => HeaderUtilities.RemoveQuotes(parameter.Value).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
