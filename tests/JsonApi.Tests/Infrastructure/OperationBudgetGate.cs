using System.Globalization;
using JsonApi.Endpoints;
using JsonApi.Errors;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Tests.Infrastructure;

/// <summary>An application's gate for atomic requests (e.g. a rate limit counting operations): a request with header
/// <c>X-Operation-Budget: n</c> may carry at most n operations; the counts it saw are kept.</summary>
public sealed class OperationBudgetGate : IAtomicOperationsGate
{
    public const string Header = "X-Operation-Budget";

    public List<int> Admitted { get; } = [];

    public ValueTask AdmitAsync(HttpContext http, int operationCount, CancellationToken cancellationToken)
    {
        if (int.TryParse(http.Request.Headers[Header], CultureInfo.InvariantCulture, out var budget) && operationCount > budget)
        {
            throw new TooManyRequestsException($"{operationCount} operations exceed the budget of {budget}.", TimeSpan.FromSeconds(2));
        }

        lock (Admitted)
        {
            Admitted.Add(operationCount);
        }

        return ValueTask.CompletedTask;
    }
}
