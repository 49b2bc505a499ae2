namespace JsonApi.Errors;

/// <summary>Base of the library's refusals; each kind of error has its own sealed subtype.</summary>
public abstract class JsonApiException(ErrorObject error) : Exception(error.Detail ?? error.Title)
{
    public ErrorObject Error { get; } = error;
}
