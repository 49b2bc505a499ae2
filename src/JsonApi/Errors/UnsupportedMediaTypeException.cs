using System.Net;

namespace JsonApi.Errors;

/// <summary>415: the request body is not <c>application/vnd.api+json</c> or carries unsupported media type parameters.</summary>
public sealed class UnsupportedMediaTypeException(string? contentType, string expected = "application/vnd.api+json") : JsonApiException(new ErrorObject(
    HttpStatusCode.UnsupportedMediaType, "The specified Content-Type header value is not supported.",
    $"Please specify '{expected}' instead of '{contentType}' for the Content-Type header value.",
    new ErrorSource(Header: "Content-Type")));
