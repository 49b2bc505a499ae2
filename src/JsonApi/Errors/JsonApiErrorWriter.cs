using System.Net;
using System.Text.Json;
using JsonApi.Configuration;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JsonApi.Errors;

/// <summary>The one place where exceptions become JSON:API error documents. Custom endpoints may use it too.</summary>
public sealed class JsonApiErrorWriter(JsonApiOptions options, IEnumerable<IJsonApiExceptionMapper> mappers, ILogger<JsonApiErrorWriter> logger)
{
    private readonly IJsonApiExceptionMapper[] _mappers = [.. options.ExceptionMappers, .. mappers];

    /// <summary>Maps an exception to error objects: application mappers first, then the library's own errors.</summary>
    public IReadOnlyList<ErrorObject> ToErrors(Exception exception)
    {
        if (exception is AtomicOperationException { InnerException: { } failure } operation)
        {
            return [.. ToErrors(failure).Select(operation.Relocate)];
        }

        foreach (var mapper in _mappers)
        {
            if (mapper.Map(exception) is { Count: > 0 } mapped)
            {
                return mapped;
            }
        }

        return exception switch
        {
            JsonApiException jsonApi => [jsonApi.Error],
            DbUpdateConcurrencyException => [new ErrorObject(HttpStatusCode.Conflict, "The resource was changed by another request.",
                "The resource was modified or deleted after it was read; read it again and retry.")],
            DbUpdateException => [new ErrorObject(HttpStatusCode.Conflict, "The change conflicts with existing data.",
                "The database refused the change (a related resource is missing, still referenced or a value is not unique).")],
            BadHttpRequestException bad => [new ErrorObject((HttpStatusCode)bad.StatusCode, "Bad request.", bad.Message)],
            _ => [Unexpected(exception)],
        };
    }

    public Task WriteAsync(HttpContext context, Exception exception)
    {
        var errors = ToErrors(exception);
        var failure = (exception as AtomicOperationException)?.InnerException ?? exception;
        if (failure is MethodNotAllowedException notAllowed)
        {
            context.Response.Headers.Allow = notAllowed.Allow;
        }

        if (failure is TooManyRequestsException tooMany)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (errors.Any(error => (int)error.Status >= 500))
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        }

        return WriteAsync(context, errors);
    }

    public async Task WriteAsync(HttpContext context, IReadOnlyList<ErrorObject> errors)
    {
        var response = context.Response;
        response.StatusCode = StatusOf(errors);
        response.ContentType = JsonApiMediaType.Value;
        await using var writer = new Utf8JsonWriter(response.Body, JsonApiJson.WriterOptions);
        WriteDocument(writer, errors);
        await writer.FlushAsync(context.RequestAborted);
    }

    public static void WriteDocument(Utf8JsonWriter writer, IReadOnlyList<ErrorObject> errors)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("jsonapi");
        writer.WriteString("version", "1.1");
        writer.WriteEndObject();
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, ErrorObject error)
    {
        writer.WriteStartObject();
        writer.WriteString("status", ((int)error.Status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("title", error.Title);
        if (error.Detail is not null)
        {
            writer.WriteString("detail", error.Detail);
        }

        if (error.Source is { } source)
        {
            writer.WriteStartObject("source");
            WriteIfPresent(writer, "pointer", source.Pointer);
            WriteIfPresent(writer, "parameter", source.Parameter);
            WriteIfPresent(writer, "header", source.Header);
            writer.WriteEndObject();
        }

        if (error.Meta is { Count: > 0 } meta)
        {
            writer.WriteStartObject("meta");
            foreach (var (key, value) in meta)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static int StatusOf(IReadOnlyList<ErrorObject> errors)
    {
        var statuses = errors.Select(error => (int)error.Status).Distinct().ToList();
        return statuses.Count == 1 ? statuses[0] : statuses.Any(status => status >= 500) ? 500 : 400;
    }

    private ErrorObject Unexpected(Exception exception) => new(HttpStatusCode.InternalServerError,
        "An unhandled error occurred while processing this request.",
        options.IncludeExceptionDetails == true ? exception.Message : null)
    {
        Meta = options.IncludeExceptionDetails == true ? new Dictionary<string, string> { ["stack_trace"] = exception.ToString() } : null,
    };
}
