using JsonApi.Configuration;

namespace JsonApi.QueryStrings;

/// <summary>The size limits of the filters of one request and how much of them its <c>filter</c> parameters used so far.</summary>
internal sealed class FilterBudget(JsonApiOptions options)
{
    public int MaxDepth { get; } = options.MaxFilterDepth;

    public int MaxHasDepth { get; } = options.MaxFilterHasDepth;

    public int MaxConditions { get; } = options.MaxFilterConditions;

    public int MaxValues { get; } = options.MaxFilterValues;

    public int Conditions { get; set; }

    public int Values { get; set; }
}
