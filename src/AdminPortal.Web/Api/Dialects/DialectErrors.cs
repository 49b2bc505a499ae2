using AdminPortal.Web.Api.Errors;
using JsonApi.Errors;

namespace AdminPortal.Web.Api.Dialects;

/// <summary>
/// Refusals on a seed dialect's route answer its error body, <c>{"message": "..."}</c>, with the status the product
/// gives the same refusal everywhere (<see cref="ApiExceptionMapper"/>): 400 for a malformed parameter or a rule,
/// 401, 403, 404, 409, 422, 429; an unexpected failure is logged and answers 500 without details.
/// </summary>
public static class DialectErrors
{
    public const string Unexpected = "The server failed to answer this request; it has been logged.";

    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        await response.WriteAsJsonAsync(new DialectJson.ErrorBody(message), DialectJson.Options, DialectJson.MediaType, context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, Exception exception)
    {
        var errors = context.RequestServices.GetRequiredService<JsonApiErrorWriter>().ToErrors(exception);
        var status = errors.Count == 0 ? StatusCodes.Status500InternalServerError : (int)errors[0].Status;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            context.RequestServices.GetRequiredService<ILogger<DialectJson.ErrorBody>>()
                .LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            return WriteAsync(context, status, Unexpected);
        }

        var message = string.Join(" ", errors.Select(e => e.Detail ?? e.Title).Distinct());
        return WriteAsync(context, status, message);
    }
}
