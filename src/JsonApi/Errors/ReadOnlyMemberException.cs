using System.Net;

namespace JsonApi.Errors;

/// <summary>403: the body writes an attribute or relationship that cannot be written by this request.</summary>
public sealed class ReadOnlyMemberException(string member, string type, string pointer) : JsonApiException(new ErrorObject(
    HttpStatusCode.Forbidden, "Failed to deserialize request body: Attribute or relationship is read-only.",
    $"Member '{member}' of resource type '{type}' cannot be written by this request.", ErrorSource.ForPointer(pointer)));
