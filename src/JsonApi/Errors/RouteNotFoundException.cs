using System.Net;

namespace JsonApi.Errors;

/// <summary>404: the path names no resource type or relationship.</summary>
public sealed class RouteNotFoundException(string detail) : JsonApiException(new ErrorObject(
    HttpStatusCode.NotFound, "The requested endpoint does not exist.", detail));
