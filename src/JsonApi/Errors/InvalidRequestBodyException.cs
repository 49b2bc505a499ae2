using System.Net;

namespace JsonApi.Errors;

/// <summary>422: the request body is not valid JSON or does not fit the resource type.</summary>
public sealed class InvalidRequestBodyException(string detail, string? pointer = null) : JsonApiException(new ErrorObject(
    HttpStatusCode.UnprocessableEntity, "Failed to deserialize request body.", detail, pointer is null ? null : ErrorSource.ForPointer(pointer)));
