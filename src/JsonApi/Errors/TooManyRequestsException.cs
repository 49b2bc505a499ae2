using System.Net;

namespace JsonApi.Errors;

/// <summary>429 with a Retry-After header: for an application's rate limit, e.g. thrown by an <c>IAtomicOperationsGate</c> that
/// counts every operation of an atomic request.</summary>
public sealed class TooManyRequestsException(string detail, TimeSpan retryAfter) : JsonApiException(new ErrorObject(
    HttpStatusCode.TooManyRequests, "Too many requests.", detail))
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
