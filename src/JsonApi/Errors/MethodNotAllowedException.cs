using System.Net;

namespace JsonApi.Errors;

/// <summary>405: the route exists but not for this method; <see cref="Allow"/> lists the methods it answers (sent as the Allow header).</summary>
public sealed class MethodNotAllowedException(string method, string route, string allow) : JsonApiException(new ErrorObject(
    HttpStatusCode.MethodNotAllowed, "The HTTP method is not allowed.",
    $"'{route}' does not answer {method}; it answers {(allow.Length == 0 ? "nothing" : allow)}."))
{
    public string Allow { get; } = allow;
}
