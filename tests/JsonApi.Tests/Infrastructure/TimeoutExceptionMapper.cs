using System.Net;
using JsonApi.Errors;

namespace JsonApi.Tests.Infrastructure;

/// <summary>An exception mapper registered in DI by the application.</summary>
public sealed class TimeoutExceptionMapper : IJsonApiExceptionMapper
{
    public IReadOnlyList<ErrorObject>? Map(Exception exception) => exception is TimeoutException
        ? [new ErrorObject(HttpStatusCode.ServiceUnavailable, "Try again later.", exception.Message)]
        : null;
}
