using System.Net;
using System.Text.Json;
using AdminPortal.Domain.Errors;
using JsonApi.Errors;

namespace AdminPortal.Web.Api.Errors;

/// <summary>
/// The one place where the product's exceptions become API errors, registered as the JSON:API library's
/// exception mapper so resource endpoints and plain endpoints answer alike: domain refusals keep their
/// message and get their status (rule 400, validation 422 with <c>/data/attributes/&lt;member&gt;</c>,
/// permission 403, not found 404, conflict 409, stale read 412). Anything else is left to the library (its own errors, 500).
/// </summary>
public sealed class ApiExceptionMapper : IJsonApiExceptionMapper
{
    public IReadOnlyList<ErrorObject>? Map(Exception exception) => exception switch
    {
        ApiRequestException request => [ToErrorObject(request.Error)],
        RuleViolationException rule => [new(HttpStatusCode.BadRequest, "Rule violation", rule.Message)],
        ValidationFailedException validation =>
            [.. validation.Errors.Select(e => new ErrorObject(HttpStatusCode.UnprocessableEntity, "Validation failed", e.Value, ErrorSource.ForPointer($"/data/attributes/{e.Key}")))],
        PermissionDeniedException denied => [new(HttpStatusCode.Forbidden, "Forbidden", denied.Message)],
        EntityNotFoundException missing => [new(HttpStatusCode.NotFound, "Not found", missing.Message)],
        ConflictException conflict => [new(HttpStatusCode.Conflict, "Conflict", conflict.Message)],
        StaleReadException => [new PreconditionFailedException().Error],
        JsonException json => [new(HttpStatusCode.BadRequest, "Bad request", $"The request body is not valid JSON{(json.Path is null ? "" : $" at '{json.Path}'")}.")],
        _ => null,
    };

    public static ErrorObject ToErrorObject(ApiError error) => new(
        (HttpStatusCode)error.Status,
        error.Title,
        error.Detail,
        error.Pointer is null && error.Parameter is null ? null : new ErrorSource(error.Pointer, error.Parameter));
}
