using AdminPortal.Web.Api.Dialects;
using JsonApi.Errors;

namespace AdminPortal.Web.Api.Errors;

/// <summary>
/// Writes API refusals through the JSON:API library's error writer, so every /api error document looks the same;
/// on a seed dialect's route, as that dialect's error body (<see cref="DialectErrors"/>).
/// </summary>
public static class ApiErrorWriter
{
    public const string MediaType = "application/vnd.api+json";

    public static Task WriteAsync(HttpContext context, ApiError error) => ApiPaths.IsDialect(context.Request)
        ? DialectErrors.WriteAsync(context, error.Status, error.Detail)
        : context.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(context, [ApiExceptionMapper.ToErrorObject(error)]);

    public static Task WriteAsync(HttpContext context, Exception exception) => ApiPaths.IsDialect(context.Request)
        ? DialectErrors.WriteAsync(context, exception)
        : context.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(context, exception);
}
