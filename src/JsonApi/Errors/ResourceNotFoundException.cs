using System.Net;

namespace JsonApi.Errors;

/// <summary>404: no resource of this type with this id is visible to the caller.</summary>
public sealed class ResourceNotFoundException(string type, string id, string? pointer = null) : JsonApiException(new ErrorObject(
    HttpStatusCode.NotFound, "The requested resource does not exist.",
    $"Resource of type '{type}' with id '{id}' does not exist.", pointer is null ? null : ErrorSource.ForPointer(pointer)));
