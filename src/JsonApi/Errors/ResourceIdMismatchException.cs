using System.Net;

namespace JsonApi.Errors;

/// <summary>409: the id in the body differs from the id in the URL.</summary>
public sealed class ResourceIdMismatchException(string urlId, string? bodyId) : JsonApiException(new ErrorObject(
    HttpStatusCode.Conflict, "Resource id mismatch between request body and endpoint URL.",
    $"Expected resource id '{urlId}' in PATCH request body at endpoint URL, instead of '{bodyId}'.", ErrorSource.ForPointer("/data/id")));
