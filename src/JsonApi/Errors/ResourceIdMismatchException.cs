using System.Net;

namespace JsonApi.Errors;

/// <summary>409: the id in the body differs from the id the request targets (the URL, or an atomic operation's <c>ref</c>).</summary>
public sealed class ResourceIdMismatchException(string targetId, string? bodyId, string pointer = "/data/id") : JsonApiException(new ErrorObject(
    HttpStatusCode.Conflict, "Resource id mismatch between request body and target.",
    $"Expected resource id '{targetId}' in the request body (the resource the request targets), instead of '{bodyId}'.", ErrorSource.ForPointer(pointer)));
