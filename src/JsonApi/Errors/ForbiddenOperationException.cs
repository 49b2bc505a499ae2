using System.Net;

namespace JsonApi.Errors;

/// <summary>403: the caller may not perform this operation (thrown by authorization hooks).</summary>
public sealed class ForbiddenOperationException(string detail, string? pointer = null) : JsonApiException(new ErrorObject(
    HttpStatusCode.Forbidden, "The operation is not permitted.", detail, pointer is null ? null : ErrorSource.ForPointer(pointer)));
