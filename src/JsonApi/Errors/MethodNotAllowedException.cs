using System.Net;

namespace JsonApi.Errors;

/// <summary>405: the endpoint is turned off for this resource type.</summary>
public sealed class MethodNotAllowedException(string method, string type) : JsonApiException(new ErrorObject(
    HttpStatusCode.MethodNotAllowed, "The HTTP method is not allowed.",
    $"Endpoint '{method}' is not available for resource type '{type}'."));
