using System.Net;

namespace JsonApi.Errors;

/// <summary>409: the body names a resource type the endpoint does not accept.</summary>
public sealed class ResourceTypeMismatchException(string expected, string? actual, string pointer) : JsonApiException(new ErrorObject(
    HttpStatusCode.Conflict, "Resource type mismatch.",
    $"Expected resource of type '{expected}' at '{pointer}', instead of '{actual}'.", ErrorSource.ForPointer(pointer)));
