namespace JsonApi.QueryStrings.Expressions;

/// <summary>A node of a parsed <c>filter</c> parameter.</summary>
public abstract record FilterExpression;

/// <summary><c>equals</c>, <c>lessThan</c>, <c>lessOrEqual</c>, <c>greaterThan</c>, <c>greaterOrEqual</c>.</summary>
public sealed record ComparisonFilter(ComparisonOperator Operator, FilterTerm Left, FilterTerm Right) : FilterExpression;

/// <summary><c>contains</c>, <c>startsWith</c>, <c>endsWith</c>.</summary>
public sealed record TextMatchFilter(TextMatchKind Kind, FieldChain Field, string Text) : FilterExpression;

/// <summary><c>any(field,'a','b')</c>: the value is one of the constants.</summary>
public sealed record AnyFilter(FieldChain Field, IReadOnlyList<object> Values) : FilterExpression;

/// <summary><c>has(toMany)</c> or <c>has(toMany,filter)</c>.</summary>
public sealed record HasFilter(FieldChain Field, FilterExpression? Inner) : FilterExpression;

public sealed record NotFilter(FilterExpression Inner) : FilterExpression;

/// <summary><c>and(...)</c>, <c>or(...)</c>.</summary>
public sealed record LogicalFilter(LogicalOperator Operator, IReadOnlyList<FilterExpression> Terms) : FilterExpression;

public enum ComparisonOperator
{
    Equals,
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
}

public enum TextMatchKind
{
    Contains,
    StartsWith,
    EndsWith,
}

public enum LogicalOperator
{
    And,
    Or,
}
