using System.Text.Json;
using System.Text.Unicode;
using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.Json;

/// <summary>Plain JSON endpoints (seeds 001–003): snake_case members, UTC times, bodies read strictly.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new UtcDateTimeConverter() },
    };

    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options);

    /// <summary>Reads a JSON body; a missing, non-JSON or malformed body is a 400 (or 415) error object, never a 500.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiRequestException(new ApiError(
                StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The request body must be application/json."));
        }

        // read whole (bodies of these endpoints are small; Kestrel caps their size) so that invalid UTF-8 inside a string,
        // which the parser lets through until the string is read, is refused here as bad input
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!Utf8.IsValid(bytes))
        {
            throw ApiRequestException.BadRequest("The request body is not valid UTF-8.", "");
        }

        T? body;
        try
        {
            body = JsonSerializer.Deserialize<T>(bytes, Options);
        }
        catch (JsonException exception)
        {
            var where = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "" : $" at '{exception.Path}'";
            throw ApiRequestException.BadRequest($"The request body is not valid JSON{where}.", PointerOf(exception.Path));
        }

        return body ?? throw ApiRequestException.BadRequest("The request body must be a JSON object.", "");
    }

    /// <summary>"$.items[0].skill_level" becomes "/items/0/skill_level".</summary>
    public static string? PointerOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return null;
        }

        return jsonPath.TrimStart('$').Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '/');
    }
}
