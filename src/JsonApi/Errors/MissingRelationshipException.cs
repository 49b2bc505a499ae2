using System.Net;

namespace JsonApi.Errors;

/// <summary>422: a create leaves out a relationship the resource cannot exist without; the pointer names the resource object
/// (the member itself is absent from the request).</summary>
public sealed class MissingRelationshipException(string relationship, string type, string pointer) : JsonApiException(new ErrorObject(
    HttpStatusCode.UnprocessableEntity, "A required relationship is missing.",
    $"Relationship '{relationship}' is required to create a resource of type '{type}'.", ErrorSource.ForPointer(pointer)));
