namespace JsonApi.QueryStrings.Expressions;

/// <summary>One key of <c>sort</c>: an attribute path or <c>count(toMany)</c>, ascending unless prefixed with <c>-</c>.</summary>
public sealed record SortElement(FilterTerm Key, bool Ascending);
