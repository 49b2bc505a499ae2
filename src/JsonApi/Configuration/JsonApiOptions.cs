using JsonApi.Errors;

namespace JsonApi.Configuration;

/// <summary>Global settings of the JSON:API layer, set once in <c>AddJsonApi</c>.</summary>
public sealed class JsonApiOptions
{
    /// <summary>How CLR member names become public attribute and relationship names.</summary>
    public JsonApiNamingConvention NamingConvention { get; set; } = JsonApiNamingConvention.SnakeCase;

    /// <summary>Page size used when the request has no <c>page[size]</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest accepted <c>page[size]</c>; larger values answer 400.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest number of segments in one <c>include</c> path.</summary>
    public int MaxIncludeDepth { get; set; } = 3;

    /// <summary>How many resources of an included to-many relationship each resource shows (the first page of its
    /// relationship endpoint, in the right type's default order); when there are more, the relationship object carries a
    /// <c>next</c> link to the following page.</summary>
    public int IncludedPageSize { get; set; } = 10;

    /// <summary>From this offset on, a page of a collection reads its ids first (the offset walks the sort's index alone) and
    /// then only its own rows; <c>null</c> pages with a plain <c>OFFSET</c> at any depth. It pays off where <c>OFFSET</c> reads
    /// every skipped row whole (PostgreSQL); SQLite skips along a covering index about as fast without it.</summary>
    public int? PageIdsFirstFromOffset { get; set; }

    /// <summary>Most operations one <c>/operations</c> request may carry (Atomic Operations); more answer 413 before anything runs.</summary>
    public int MaxAtomicOperations { get; set; } = 100;

    /// <summary>How deeply filter functions may nest (<c>and</c>, <c>or</c>, <c>not</c>, <c>has</c> each open a level); deeper answers 400.</summary>
    public int MaxFilterDepth { get; set; } = 8;

    /// <summary>How many <c>has()</c> may nest inside each other (each one reaches through another to-many relationship); more answer 400.</summary>
    public int MaxFilterHasDepth { get; set; } = 2;

    /// <summary>How many conditions (comparisons, text matches, <c>has</c>) all <c>filter</c> parameters of a request may hold together; more answer 400.</summary>
    public int MaxFilterConditions { get; set; } = 100;

    /// <summary>How many values all <c>any()</c> of a request may list together (sent to the database as one list); more answer 400.</summary>
    public int MaxFilterValues { get; set; } = 1000;

    /// <summary>When false (default) a POST carrying an id answers 403.</summary>
    public bool AllowClientGeneratedIds { get; set; }

    /// <summary>Writes exception messages and stack traces into 500 errors; null (default) means only in Development.</summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>Query string parameters the application handles itself; any other unknown parameter answers 400.</summary>
    public ISet<string> AllowedQueryParameters { get; } = new HashSet<string>(StringComparer.Ordinal);

    internal List<IJsonApiExceptionMapper> ExceptionMappers { get; } = [];

    internal ValueConverterRegistry ValueConverters { get; } = new();

    /// <summary>Maps an application exception to JSON:API errors (e.g. a domain exception to 409).</summary>
    public JsonApiOptions MapException<TException>(Func<TException, ErrorObject> map)
        where TException : Exception
    {
        ExceptionMappers.Add(new DelegateExceptionMapper<TException>(exception => [map(exception)]));
        return this;
    }

    /// <summary>Maps an application exception to several JSON:API errors (e.g. one per invalid member).</summary>
    public JsonApiOptions MapExceptionToErrors<TException>(Func<TException, IEnumerable<ErrorObject>> map)
        where TException : Exception
    {
        ExceptionMappers.Add(new DelegateExceptionMapper<TException>(exception => [.. map(exception)]));
        return this;
    }

    /// <summary>Writes and reads attribute values of <typeparamref name="TValue"/> as JSON strings (body and filter literals).</summary>
    public JsonApiOptions AddValueConverter<TValue>(Func<TValue, string> toText, Func<string, TValue> fromText)
        where TValue : notnull
    {
        ValueConverters.Add(typeof(TValue), value => toText((TValue)value), text => fromText(text));
        return this;
    }
}
