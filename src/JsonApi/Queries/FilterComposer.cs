using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Queries;

/// <summary>
/// Turns a parsed filter (or a sort key) into a LINQ expression over one instance. Every relationship the expression
/// passes through sees only the rows the request may see: a to-one path through a row hidden by its type's visibility
/// reads as null (as its linkage does), and collections (<c>has</c>, <c>count</c>) hold only visible rows.
/// </summary>
internal sealed class FilterComposer(Visibility visibility)
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
        AnyFilter any => AnyOf(any, instance),
        HasFilter has => Has(has, instance),
        NotFilter not => Expression.Not(Compose(not.Inner, instance)),
        LogicalFilter logical => Balanced([.. logical.Terms.Select(term => Compose(term, instance))],
            logical.Operator == LogicalOperator.And ? Expression.AndAlso : Expression.OrElse),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    public Expression Term(FilterTerm term, Expression instance) => term switch
    {
        FieldTerm field => Field(field.Field, instance),
        CountTerm count => Count(count.Field, instance),
        _ => throw new NotSupportedException(term.GetType().Name),
    };

    /// <summary>An attribute of <paramref name="owner"/> itself: its property, or its computed expression inlined.</summary>
    public static Expression Attribute(ResourceAttribute attribute, Expression owner) =>
        attribute.Property is { } property ? Expression.Property(owner, property) : ParameterReplacer.Inline(attribute.Accessor, owner);

    private Expression Compare(ComparisonFilter comparison, Expression instance)
    {
        if (comparison.Left is FieldTerm { Field.Relationship: { } toOne } reference && comparison.Right is NullTerm)
        {
            // equals(parent,null): no visible row at the end of the path.
            var (owner, guard) = Path(reference.Field, instance);
            return Expression.Not(And(guard, Present(toOne, Expression.Property(owner, toOne.Property))));
        }

        var left = Term(comparison.Left, instance);
        if (comparison is { Operator: ComparisonOperator.Equals, Right: LiteralTerm { Value: bool flag } } && left.Type == typeof(bool))
        {
            // equals(flag,'true') as the condition itself: its SQL can match an index or a partial index's condition,
            // where comparing it with a bound value cannot.
            return flag ? left : Expression.Not(left);
        }

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

    /// <summary><c>any(field,'a','b',…)</c> as one <c>IN</c> list (a chain of ORs would exceed the database's expression depth).</summary>
    private Expression AnyOf(AnyFilter any, Expression instance)
    {
        var field = Field(any.Field, instance);
        var values = Array.CreateInstance(field.Type, any.Values.Count);
        for (var index = 0; index < any.Values.Count; index++)
        {
            values.SetValue(any.Values[index], index);
        }

        return Expression.Call(LinqMethods.EnumerableContains.Close(field.Type), ValueHolder.Parameter(values, values.GetType()), field);
    }

    private Expression Has(HasFilter has, Expression instance)
    {
        var (owner, guard) = Path(has.Field, instance);
        var rightType = has.Field.Relationship!.RightType;
        Expression collection = Expression.Property(owner, has.Field.Relationship.Property);
        var condition = visibility.Primary(rightType, has.Inner);
        var any = condition is null
            ? Expression.Call(LinqMethods.EnumerableAny.Close(rightType.ClrType), collection)
            : Expression.Call(LinqMethods.EnumerableAnyMatching.Close(rightType.ClrType), collection, condition);
        return And(guard, any);
    }

    private Expression Count(FieldChain chain, Expression instance)
    {
        var (owner, guard) = Path(chain, instance);
        var rightType = chain.Relationship!.RightType;
        Expression collection = Expression.Property(owner, chain.Relationship.Property);
        if (visibility.Default(rightType) is { } filter)
        {
            collection = Expression.Call(LinqMethods.EnumerableWhere.Close(rightType.ClrType), collection, filter);
        }

        Expression count = Expression.Call(LinqMethods.EnumerableCount.Close(rightType.ClrType), collection);
        return guard is null ? count : Expression.Condition(guard, count, Expression.Constant(0));
    }

    /// <summary>The value at the end of a path: an attribute, or (compared with null) a to-one navigation; null when the path
    /// passes through a row the request may not see.</summary>
    private Expression Field(FieldChain chain, Expression instance)
    {
        var (owner, guard) = Path(chain, instance);
        var value = chain.Attribute is { } attribute ? Attribute(attribute, owner) : Expression.Property(owner, chain.Relationship!.Property);
        if (guard is null)
        {
            return value;
        }

        var type = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null ? typeof(Nullable<>).MakeGenericType(value.Type) : value.Type;
        return Expression.Condition(guard, value.Type == type ? value : Expression.Convert(value, type), Expression.Constant(null, type));
    }

    /// <summary>The owner at the end of the to-one hops and the condition that every hop lands on a visible row (null when no hop has a filter).</summary>
    private (Expression Owner, Expression? Guard) Path(FieldChain chain, Expression instance)
    {
        var owner = instance;
        Expression? guard = null;
        foreach (var hop in chain.Path)
        {
            owner = Expression.Property(owner, hop.Property);
            if (visibility.Test(hop.RightType, owner) is { } test)
            {
                guard = And(guard, Expression.AndAlso(Expression.NotEqual(owner, Expression.Constant(null, owner.Type)), test));
            }
        }

        return (owner, guard);
    }

    private Expression Present(ResourceRelationship toOne, Expression navigation)
    {
        Expression present = Expression.NotEqual(navigation, Expression.Constant(null, navigation.Type));
        return visibility.Test(toOne.RightType, navigation) is { } test ? Expression.AndAlso(present, test) : present;
    }

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    /// <summary>Combines terms as a balanced tree, so a long <c>or(...)</c> stays shallow in SQL.</summary>
    private static Expression Balanced(IReadOnlyList<Expression> terms, Func<Expression, Expression, Expression> combine) =>
        Combine(terms, 0, terms.Count, combine);

    private static Expression Combine(IReadOnlyList<Expression> terms, int start, int count, Func<Expression, Expression, Expression> combine)
    {
        if (count == 1)
        {
            return terms[start];
        }

        var half = count / 2;
        return combine(Combine(terms, start, half, combine), Combine(terms, start + half, count - half, combine));
    }

    private static Expression Literal(object value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var parameter = ValueHolder.Parameter(value, underlying);
        return underlying == type ? parameter : Expression.Convert(parameter, type);
    }
}
