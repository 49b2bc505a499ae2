using System.Net;

namespace JsonApi.Errors;

/// <summary>400: the request body is not a JSON document at all (invalid UTF-8 or invalid JSON), or not the document the endpoint
/// takes (an atomic request without its operations, an operation without a known <c>op</c>).</summary>
public sealed class MalformedRequestBodyException(string detail, string? pointer = null) : JsonApiException(new ErrorObject(
    HttpStatusCode.BadRequest, "Malformed request body.", detail, pointer is null ? null : ErrorSource.ForPointer(pointer)));
