using System.Net;

namespace JsonApi.Errors;

/// <summary>406: the Accept header allows no JSON:API media type the server can produce.</summary>
public sealed class NotAcceptableException() : JsonApiException(new ErrorObject(
    HttpStatusCode.NotAcceptable, "The specified Accept header value does not contain any supported media types.",
    "Please include 'application/vnd.api+json' in the Accept header values.", new ErrorSource(Header: "Accept")));
