namespace AdminPortal.Web.Api.Errors;

/// <summary>One JSON:API error object: <c>status</c>, <c>title</c>, <c>detail</c> and, when known, <c>source.pointer</c> or <c>source.parameter</c>.</summary>
public sealed record ApiError(int Status, string Title, string Detail, string? Pointer = null, string? Parameter = null)
{
    public static ApiError BadRequest(string detail, string? pointer = null, string? parameter = null) =>
        new(StatusCodes.Status400BadRequest, "Bad request", detail, pointer, parameter);

    public static ApiError NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);
}
