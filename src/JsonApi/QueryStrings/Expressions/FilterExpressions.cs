using JsonApi.Graph;

namespace JsonApi.QueryStrings.Expressions;

/// <summary>Building and inspecting parsed filters in definitions (<c>OnApplyFilter</c>).</summary>
public static class FilterExpressions
{
    /// <summary><c>equals(attribute,'value')</c> on the resource type itself; <paramref name="value"/> has the attribute's CLR type.</summary>
    public static ComparisonFilter Equal(ResourceAttribute attribute, object value) =>
        new(ComparisonOperator.Equals, new FieldTerm(new FieldChain([], attribute, null)), new LiteralTerm(value));

    /// <summary><c>and(left,right)</c>, or whichever of the two is not null.</summary>
    public static FilterExpression? And(FilterExpression? left, FilterExpression? right) => (left, right) switch
    {
        (null, _) => right,
        (_, null) => left,
        _ => new LogicalFilter(LogicalOperator.And, [left, right]),
    };

    /// <summary>Whether the filter tests <paramref name="attribute"/> of its own resource type: anywhere in its and/or/not
    /// tree, but not inside <c>has()</c> (another type's rows) nor through a relationship path (<c>parent.deleted</c>).</summary>
    public static bool Names(this FilterExpression? filter, ResourceAttribute attribute) => filter switch
    {
        ComparisonFilter comparison => IsOwn(comparison.Left, attribute) || IsOwn(comparison.Right, attribute),
        TextMatchFilter match => IsOwn(match.Field, attribute),
        AnyFilter any => IsOwn(any.Field, attribute),
        NotFilter not => not.Inner.Names(attribute),
        LogicalFilter logical => logical.Terms.Any(term => term.Names(attribute)),
        _ => false,
    };

    private static bool IsOwn(FilterTerm term, ResourceAttribute attribute) => term is FieldTerm field && IsOwn(field.Field, attribute);

    private static bool IsOwn(FieldChain chain, ResourceAttribute attribute) => chain.Path.Count == 0 && chain.Attribute == attribute;
}
