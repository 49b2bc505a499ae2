using System.Text.Json;
using AdminPortal.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Errors;

/// <summary>
/// The one place where exceptions become API errors: domain refusals keep their message and get
/// their status (rule 400, validation 422, permission 403, not found 404, conflict 409).
/// Anything unexpected is a 500 without internals.
/// </summary>
public static class ApiExceptionMapper
{
    public static IReadOnlyList<ApiError> Map(Exception exception) => exception switch
    {
        ApiRequestException request => [request.Error],
        RuleViolationException rule => [new(StatusCodes.Status400BadRequest, "Rule violation", rule.Message)],
        ValidationFailedException validation =>
            [.. validation.Errors.Select(e => new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed", e.Value, $"/data/attributes/{e.Key}"))],
        PermissionDeniedException denied => [new(StatusCodes.Status403Forbidden, "Forbidden", denied.Message)],
        EntityNotFoundException missing => [ApiError.NotFound(missing.Message)],
        ConflictException conflict => [new(StatusCodes.Status409Conflict, "Conflict", conflict.Message)],
        DbUpdateConcurrencyException => [new(StatusCodes.Status409Conflict, "Conflict", "The resource was changed by someone else; reload it and try again.")],
        JsonException json => [ApiError.BadRequest($"The request body is not valid JSON{(json.Path is null ? "" : $" at '{json.Path}'")}.")],
        BadHttpRequestException bad => [new(bad.StatusCode, "Bad request", bad.Message)],
        _ => [new(StatusCodes.Status500InternalServerError, "Internal server error", "The request could not be completed.")],
    };

    public static bool IsUnexpected(Exception exception) => Map(exception) is [{ Status: >= 500 }];
}
