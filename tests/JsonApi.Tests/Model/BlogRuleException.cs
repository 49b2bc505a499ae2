namespace JsonApi.Tests.Model;

/// <summary>An application (domain) exception mapped by the test host to 422 with a source pointer.</summary>
public sealed class BlogRuleException(string member, string message) : Exception(message)
{
    public string Member { get; } = member;
}
