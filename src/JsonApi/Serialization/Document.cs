namespace JsonApi.Serialization;

/// <summary>A top-level JSON:API document with primary data.</summary>
public sealed class Document
{
    public bool IsCollection { get; init; }

    /// <summary>Primary data: resources (or only identifiers when <see cref="IdentifiersOnly"/>).</summary>
    public List<ResourceObject> Data { get; } = [];

    public bool IdentifiersOnly { get; init; }

    public List<ResourceObject> Included { get; } = [];

    /// <summary>Writes <c>included</c> even when empty: the request asked for includes.</summary>
    public bool IncludedRequested { get; set; }

    public Dictionary<string, string?> Links { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object> Meta { get; } = new(StringComparer.Ordinal);

    /// <summary>The resources as projected rows, written without resource objects (<see cref="Data"/> and <see cref="Included"/>
    /// then stay empty).</summary>
    internal RowDocument? Rows { get; init; }
}
