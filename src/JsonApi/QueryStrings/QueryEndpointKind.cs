namespace JsonApi.QueryStrings;

/// <summary>Which query parameters an endpoint accepts.</summary>
internal enum QueryEndpointKind
{
    /// <summary>Collections: everything.</summary>
    Collection,

    /// <summary>One resource: include and fields only.</summary>
    Single,

    /// <summary>Relationship endpoints: filter, sort and page on to-many.</summary>
    Relationship,
}
