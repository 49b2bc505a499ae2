namespace JsonApi.Errors;

internal sealed class DelegateExceptionMapper<TException>(Func<TException, ErrorObject> map) : IJsonApiExceptionMapper
    where TException : Exception
{
    public IReadOnlyList<ErrorObject>? Map(Exception exception) => exception is TException typed ? [map(typed)] : null;
}
