using System.Net;

namespace JsonApi.Errors;

/// <summary>409: the body names a resource type the API does not have.</summary>
public sealed class UnknownResourceTypeException(string? type, string pointer) : JsonApiException(new ErrorObject(
    HttpStatusCode.Conflict, "Unknown resource type.", $"Resource type '{type}' does not exist.", ErrorSource.ForPointer(pointer)));
