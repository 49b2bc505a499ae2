namespace JsonApi.Errors;

/// <summary>Where an error comes from: a JSON pointer into the request body, a query parameter or a header.</summary>
public sealed record ErrorSource(string? Pointer = null, string? Parameter = null, string? Header = null)
{
    public static ErrorSource ForPointer(string pointer) => new(Pointer: pointer);

    public static ErrorSource ForParameter(string parameter) => new(Parameter: parameter);
}
