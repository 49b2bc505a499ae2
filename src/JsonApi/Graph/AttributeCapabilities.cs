namespace JsonApi.Graph;

/// <summary>What clients may do with an attribute.</summary>
[Flags]
public enum AttributeCapabilities
{
    None = 0,
    View = 1,
    Create = 2,
    Change = 4,
    Filter = 8,
    Sort = 16,

    /// <summary>Visible, filterable and sortable, never written by clients.</summary>
    ReadOnly = View | Filter | Sort,
    All = View | Create | Change | Filter | Sort,
}
