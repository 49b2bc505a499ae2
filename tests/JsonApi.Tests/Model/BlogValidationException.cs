namespace JsonApi.Tests.Model;

/// <summary>An application validation exception with one message per member, mapped to one error each.</summary>
public sealed class BlogValidationException(IReadOnlyDictionary<string, string> errors) : Exception("Validation failed.")
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
