using System.Net;

namespace JsonApi.Errors;

/// <summary>403: the client sent an id on create and client-generated ids are off.</summary>
public sealed class ClientGeneratedIdNotAllowedException() : JsonApiException(new ErrorObject(
    HttpStatusCode.Forbidden, "Failed to deserialize request body: The use of client-generated IDs is disabled.",
    "The server does not accept client-generated ids.", ErrorSource.ForPointer("/data/id")));
