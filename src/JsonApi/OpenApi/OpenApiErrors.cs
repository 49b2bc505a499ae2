using System.Text.Json.Nodes;

namespace JsonApi.OpenApi;

/// <summary>The error responses of each kind of JSON:API operation, described once in <c>components/responses</c> (named by status).</summary>
internal static class OpenApiErrors
{
    public static readonly string[] Read = ["304", "400", "403", "406", "500"];

    public static readonly string[] ReadOne = ["304", "400", "403", "404", "406", "500"];

    public static readonly string[] Create = ["400", "403", "404", "406", "409", "415", "422", "500"];

    public static readonly string[] Update = ["400", "403", "404", "406", "409", "412", "415", "422", "500"];

    public static readonly string[] Delete = ["400", "403", "404", "406", "409", "412", "500"];

    public static readonly string[] ChangeRelationship = ["400", "403", "404", "406", "409", "412", "415", "422", "500"];

    public static readonly string[] Atomic = ["400", "403", "404", "406", "409", "413", "415", "422", "500"];

    private static readonly (string Status, string Description)[] Descriptions =
    [
        ("400", "Bad request: an unknown query parameter, field, include path, sort key, filter or page (source.parameter names it), or a body that is not a JSON:API document."),
        ("403", "Forbidden: a client-generated id, a read-only member (source.pointer names it), an unsupported update or an operation the application refuses."),
        ("404", "The resource, or a related resource named in the body, does not exist."),
        ("406", "The Accept header allows no JSON:API media type this server can produce (or names an unsupported extension)."),
        ("409", "The type or id in the body does not match the endpoint, or the change conflicts with stored data."),
        ("412", "If-Match does not match the current ETag of the resource."),
        ("413", "The request carries more operations than the server accepts in one request."),
        ("415", "The Content-Type is not the JSON:API media type, or carries unsupported parameters or extensions."),
        ("422", "The document is well formed but its values fail validation (source.pointer names the member)."),
        ("500", "An unexpected error; details only in Development."),
    ];

    public static void AddTo(OpenApiDocumentBuilder document)
    {
        document.AddResponse("304", new JsonObject { ["description"] = "Not modified: If-None-Match matches the current ETag." });
        foreach (var (status, description) in Descriptions)
        {
            document.AddResponse(status, new JsonObject { ["description"] = description, ["content"] = OpenApiOperations.Content("ErrorDocument") });
        }
    }
}
