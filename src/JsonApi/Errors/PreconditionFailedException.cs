using System.Net;

namespace JsonApi.Errors;

/// <summary>412: the If-Match header does not match the current version of the resource.</summary>
public sealed class PreconditionFailedException() : JsonApiException(new ErrorObject(
    HttpStatusCode.PreconditionFailed, "The resource has changed.",
    "The If-Match header does not match the current ETag of the resource.", new ErrorSource(Header: "If-Match")));
