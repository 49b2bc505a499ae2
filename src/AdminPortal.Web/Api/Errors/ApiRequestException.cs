namespace AdminPortal.Web.Api.Errors;

/// <summary>A request the API refuses before any domain work (bad body, bad query parameter, unknown route value).</summary>
public sealed class ApiRequestException(ApiError error) : Exception(error.Detail)
{
    public ApiError Error { get; } = error;

    public static ApiRequestException BadRequest(string detail, string? pointer = null, string? parameter = null) =>
        new(ApiError.BadRequest(detail, pointer, parameter));

    public static ApiRequestException NotFound(string detail) => new(ApiError.NotFound(detail));
}
