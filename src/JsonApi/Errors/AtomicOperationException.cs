namespace JsonApi.Errors;

/// <summary>An error of one atomic operation; the source points into that operation when the error had no source.</summary>
public sealed class AtomicOperationException(ErrorObject error, int index) : JsonApiException(error with
{
    Source = error.Source ?? ErrorSource.ForPointer($"/atomic:operations/{index}"),
});
