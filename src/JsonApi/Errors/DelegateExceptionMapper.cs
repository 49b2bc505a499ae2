namespace JsonApi.Errors;

internal sealed class DelegateExceptionMapper<TException>(Func<TException, IReadOnlyList<ErrorObject>> map) : IJsonApiExceptionMapper
    where TException : Exception
{
    public IReadOnlyList<ErrorObject>? Map(Exception exception) => exception is TException typed ? map(typed) : null;
}
