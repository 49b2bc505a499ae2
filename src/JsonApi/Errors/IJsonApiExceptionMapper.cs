namespace JsonApi.Errors;

/// <summary>Turns an application exception into JSON:API errors; return null when the exception is not yours.
/// Register implementations in DI or use <c>JsonApiOptions.MapException</c>.</summary>
public interface IJsonApiExceptionMapper
{
    IReadOnlyList<ErrorObject>? Map(Exception exception);
}
