using System.Text.Json.Nodes;

namespace AdminPortal.Web.Api.Errors;

/// <summary>Writes JSON:API error documents (<c>{"errors":[...]}</c>, <c>application/vnd.api+json</c>).</summary>
public static class ApiErrorWriter
{
    public const string MediaType = "application/vnd.api+json";

    public static Task WriteAsync(HttpContext context, ApiError error) => WriteAsync(context, [error]);

    public static async Task WriteAsync(HttpContext context, IReadOnlyList<ApiError> errors, string contentType = MediaType)
    {
        context.Response.StatusCode = errors.Count == 0 ? StatusCodes.Status500InternalServerError : errors[0].Status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(ToDocument(errors).ToJsonString(), context.RequestAborted);
    }

    public static JsonObject ToDocument(IReadOnlyList<ApiError> errors) => new() { ["errors"] = new JsonArray([.. errors.Select(ToJson)]) };

    public static JsonObject ToJson(ApiError error)
    {
        var json = new JsonObject
        {
            ["status"] = error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = error.Title,
            ["detail"] = error.Detail,
        };
        if (error.Pointer is not null)
        {
            json["source"] = new JsonObject { ["pointer"] = error.Pointer };
        }
        else if (error.Parameter is not null)
        {
            json["source"] = new JsonObject { ["parameter"] = error.Parameter };
        }

        return json;
    }
}
