using System.Net;

namespace JsonApi.Errors;

/// <summary>A JSON:API error object.</summary>
public sealed record ErrorObject(HttpStatusCode Status, string Title, string? Detail = null, ErrorSource? Source = null)
{
    /// <summary>Extra members written under <c>meta</c> (e.g. a stack trace in Development).</summary>
    public IReadOnlyDictionary<string, string>? Meta { get; init; }
}
