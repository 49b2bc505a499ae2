namespace JsonApi.Errors;

/// <summary>The failure of one atomic operation: its errors are those of <see cref="Exception.InnerException"/>, with every
/// source pointer placed inside that operation (<c>/data/attributes/x</c> becomes <c>/atomic:operations/N/data/attributes/x</c>;
/// an error without a source points at the operation).</summary>
public sealed class AtomicOperationException(int index, Exception failure) : Exception(failure.Message, failure)
{
    public int Index { get; } = index;

    internal ErrorObject Relocate(ErrorObject error)
    {
        var operation = $"/atomic:operations/{Index}";
        return error.Source switch
        {
            { Pointer: { } pointer } when pointer.StartsWith("/atomic:operations/", StringComparison.Ordinal) => error,
            { Pointer: { } pointer } => error with { Source = error.Source with { Pointer = operation + pointer } },
            null => error with { Source = ErrorSource.ForPointer(operation) },
            _ => error,
        };
    }
}
