using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Queries;

/// <summary>Turns a parsed filter into a LINQ predicate body over one instance.</summary>
internal sealed class FilterComposer(BaseFilters baseFilters)
{
    /// <summary><c>string.Contains/StartsWith/EndsWith(string)</c>, indexed by <see cref="TextMatchKind"/>.</summary>
    private static readonly MethodInfo[] TextMatchMethods = [.. Enum.GetValues<TextMatchKind>()
        .OrderBy(kind => (int)kind)
        .Select(kind => typeof(string).GetMethod(kind.ToString(), [typeof(string)])!)];

    public Expression Compose(FilterExpression filter, Expression instance) => filter switch
    {
        ComparisonFilter comparison => Compare(comparison, instance),
        TextMatchFilter match => Expression.Call(Field(match.Field, instance),
            TextMatchMethods[(int)match.Kind], ValueHolder.Parameter(match.Text, typeof(string))),
        AnyFilter any => any.Values
            .Select(value => (Expression)Expression.Equal(Field(any.Field, instance), Literal(value, any.Field.Attribute!.ValueType)))
            .Aggregate(Expression.OrElse),
        HasFilter has => Has(has, instance),
        NotFilter not => Expression.Not(Compose(not.Inner, instance)),
        LogicalFilter logical => logical.Terms.Select(term => Compose(term, instance))
            .Aggregate(logical.Operator == LogicalOperator.And ? Expression.AndAlso : Expression.OrElse),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    public Expression Term(FilterTerm term, Expression instance) => term switch
    {
        FieldTerm field => Field(field.Field, instance),
        CountTerm count => Expression.Call(LinqMethods.EnumerableCount.MakeGenericMethod(count.Field.Relationship!.RightClrType),
            Collection(count.Field, instance)),
        _ => throw new NotSupportedException(term.GetType().Name),
    };

    private Expression Compare(ComparisonFilter comparison, Expression instance)
    {
        var left = Term(comparison.Left, instance);
        var right = comparison.Right switch
        {
            NullTerm => Expression.Constant(null, left.Type),
            LiteralTerm literal => Literal(literal.Value, left.Type),
            var term => Term(term, instance),
        };
        if (right.Type != left.Type)
        {
            if (Nullable.GetUnderlyingType(left.Type) is not null)
            {
                right = Expression.Convert(right, left.Type);
            }
            else
            {
                left = Expression.Convert(left, right.Type);
            }
        }

        return comparison.Operator switch
        {
            ComparisonOperator.Equals => Expression.Equal(left, right),
            ComparisonOperator.LessThan => Expression.LessThan(left, right),
            ComparisonOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
            ComparisonOperator.GreaterThan => Expression.GreaterThan(left, right),
            _ => Expression.GreaterThanOrEqual(left, right),
        };
    }

    private Expression Has(HasFilter has, Expression instance)
    {
        var collection = Collection(has.Field, instance);
        var rightType = has.Field.Relationship!.RightType;
        if (has.Inner is null)
        {
            return Expression.Call(LinqMethods.EnumerableAny.MakeGenericMethod(rightType.ClrType), collection);
        }

        var item = Expression.Parameter(rightType.ClrType, "item");
        var predicate = Expression.Lambda(Compose(has.Inner, item), item);
        return Expression.Call(LinqMethods.EnumerableAnyMatching.MakeGenericMethod(rightType.ClrType), collection, predicate);
    }

    /// <summary>The to-many collection at the end of a chain, with the right type's base filter applied.</summary>
    private Expression Collection(FieldChain chain, Expression instance)
    {
        Expression collection = Expression.Property(Hops(chain, instance), chain.Relationship!.Property);
        var rightType = chain.Relationship.RightType;
        if (baseFilters.For(rightType) is { } filter)
        {
            collection = Expression.Call(LinqMethods.EnumerableWhere.MakeGenericMethod(rightType.ClrType), collection, filter);
        }

        return collection;
    }

    public static Expression Field(FieldChain chain, Expression instance)
    {
        var owner = Hops(chain, instance);
        if (chain.Attribute is { } attribute)
        {
            return attribute.Property is { } property ? Expression.Property(owner, property) : ParameterReplacer.Inline(attribute.Accessor, owner);
        }

        return Expression.Property(owner, chain.Relationship!.Property);
    }

    private static Expression Hops(FieldChain chain, Expression instance) =>
        chain.Path.Aggregate(instance, (current, hop) => Expression.Property(current, hop.Property));

    private static Expression Literal(object value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var parameter = ValueHolder.Parameter(value, underlying);
        return underlying == type ? parameter : Expression.Convert(parameter, type);
    }
}
