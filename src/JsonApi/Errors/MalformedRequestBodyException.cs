using System.Net;

namespace JsonApi.Errors;

/// <summary>400: the request body is not a JSON document at all (invalid UTF-8 or invalid JSON).</summary>
public sealed class MalformedRequestBodyException(string detail) : JsonApiException(new ErrorObject(
    HttpStatusCode.BadRequest, "Malformed request body.", detail));
