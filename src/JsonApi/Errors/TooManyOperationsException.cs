using System.Net;

namespace JsonApi.Errors;

/// <summary>413: an atomic request carries more operations than <c>MaxAtomicOperations</c>; nothing ran.</summary>
public sealed class TooManyOperationsException(int count, int maximum) : JsonApiException(new ErrorObject(
    HttpStatusCode.RequestEntityTooLarge, "Too many operations.",
    $"The request carries {count} operations; at most {maximum} are allowed in one request. Split it into several requests.",
    ErrorSource.ForPointer("/atomic:operations")));
