using JsonApi.Errors;

namespace AdminPortal.Web.Api.Errors;

/// <summary>Writes API refusals through the JSON:API library's error writer, so every /api error document looks the same.</summary>
public static class ApiErrorWriter
{
    public const string MediaType = "application/vnd.api+json";

    public static Task WriteAsync(HttpContext context, ApiError error) =>
        context.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(context, [ApiExceptionMapper.ToErrorObject(error)]);

    public static Task WriteAsync(HttpContext context, Exception exception) =>
        context.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(context, exception);
}
