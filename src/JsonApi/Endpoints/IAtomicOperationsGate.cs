using Microsoft.AspNetCore.Http;

namespace JsonApi.Endpoints;

/// <summary>
/// Optional (register in DI): admits an atomic request once it is parsed, before any operation runs or a transaction opens,
/// knowing how many operations it carries, e.g. to count each against a rate limit. Throw to refuse it; the exception maps to
/// error objects like any other.
/// </summary>
public interface IAtomicOperationsGate
{
    ValueTask AdmitAsync(HttpContext http, int operationCount, CancellationToken cancellationToken);
}

/// <summary>Set on the request's features once an atomic request is parsed: how many operations it carries.</summary>
public sealed record AtomicOperationsFeature(int OperationCount);
