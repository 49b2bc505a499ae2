using System.Text.Json.Nodes;
using JsonApi.Serialization;

namespace JsonApi.OpenApi;

/// <summary>The error responses of each kind of operation, described once in <c>components/responses</c>.</summary>
internal static class OpenApiErrors
{
    public static readonly string[] Read = ["304", "400", "403", "406", "500"];

    public static readonly string[] ReadOne = ["304", "400", "403", "404", "406", "500"];

    public static readonly string[] Create = ["400", "403", "404", "406", "409", "415", "422", "500"];

    public static readonly string[] Update = ["400", "403", "404", "406", "409", "412", "415", "422", "500"];

    public static readonly string[] Delete = ["400", "403", "404", "405", "409", "412", "500"];

    public static readonly string[] ChangeRelationship = ["400", "403", "404", "409", "412", "415", "422", "500"];

    private static readonly (string Status, string Description)[] Descriptions =
    [
        ("400", "Bad query string: unknown parameter, unknown field, invalid include, sort, filter or page (source.parameter names it)."),
        ("403", "Forbidden: a client-generated id, a read-only member (source.pointer names it) or an operation the application refuses."),
        ("404", "The resource, or a related resource named in the body, does not exist."),
        ("405", "The endpoint is turned off for this resource type."),
        ("406", "The Accept header allows no JSON:API media type this server can produce."),
        ("409", "The type or id in the body does not match the endpoint, or the change conflicts with stored data."),
        ("412", "If-Match does not match the current ETag of the resource."),
        ("415", "The Content-Type is not the JSON:API media type (or carries unsupported parameters)."),
        ("422", "The body is not a valid JSON:API document or fails validation (source.pointer names the member)."),
        ("500", "An unexpected error; details only in Development."),
    ];

    public static JsonObject Responses()
    {
        var responses = new JsonObject
        {
            ["304"] = new JsonObject { ["description"] = "Not modified: If-None-Match matches the current ETag." },
        };
        foreach (var (status, description) in Descriptions)
        {
            responses[status] = new JsonObject { ["description"] = description, ["content"] = Content("ErrorDocument") };
        }

        return responses;
    }

    public static JsonObject Content(string schema) =>
        new() { [JsonApiMediaType.Value] = new JsonObject { ["schema"] = OpenApiSchemas.Ref(schema) } };
}
