using System.Linq.Expressions;

namespace AdminPortal.Domain.Listings;

/// <summary>One field of <see cref="ListFields{T}"/>: how it filters and sorts as an expression over <typeparamref name="T"/>.</summary>
internal abstract class ListField<T>
{
    public ListFieldInfo Info { get; set; } = null!;

    public abstract IQueryable<T> WhereOneOf(IQueryable<T> rows, IReadOnlyList<object?> values);

    public virtual IQueryable<T> WhereBetween(IQueryable<T> rows, object? from, object? to) =>
        throw new NotSupportedException($"'{Info.Name}' does not take a range.");

    public virtual IOrderedQueryable<T> OrderBy(IQueryable<T> rows, bool descending) =>
        throw new NotSupportedException($"'{Info.Name}' does not sort.");

    /// <summary>A value read through a property of an object, so EF Core sends it as a parameter, not as a literal.</summary>
    protected static Expression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Holder<TValue>(value)), nameof(Holder<TValue>.Value));

    protected static List<TValue> Typed<TValue>(IReadOnlyList<object?> values) => [.. values.Select(v => (TValue)v!)];

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}

internal sealed class ValueField<T, TValue>(Expression<Func<T, TValue>> selector) : ListField<T>
{
    public override IQueryable<T> WhereOneOf(IQueryable<T> rows, IReadOnlyList<object?> values)
    {
        if (Nullable.GetUnderlyingType(typeof(TValue)) is { } underlying ? underlying == typeof(bool) : typeof(TValue) == typeof(bool))
        {
            // a computed flag (a comparison) inside "= ANY(...)" loses its parentheses on PostgreSQL: compare with each value instead
            var equals = Typed<TValue>(values).Distinct()
                .Select(value => (Expression)Expression.Equal(selector.Body, Parameter(value)))
                .Aggregate(Expression.OrElse);
            return rows.Where(Expression.Lambda<Func<T, bool>>(equals, selector.Parameters));
        }

        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Parameter(Typed<TValue>(values)), selector.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(contains, selector.Parameters));
    }

    public override IQueryable<T> WhereBetween(IQueryable<T> rows, object? from, object? to)
    {
        if (from is not null)
        {
            rows = rows.Where(Expression.Lambda<Func<T, bool>>(Expression.GreaterThanOrEqual(selector.Body, Parameter((TValue)from)), selector.Parameters));
        }

        if (to is not null)
        {
            rows = rows.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThanOrEqual(selector.Body, Parameter((TValue)to)), selector.Parameters));
        }

        return rows;
    }

    public override IOrderedQueryable<T> OrderBy(IQueryable<T> rows, bool descending) =>
        descending ? rows.OrderByDescending(selector) : rows.OrderBy(selector);
}

internal sealed class MatchField<T, TValue>(Func<IReadOnlyList<TValue>, Expression<Func<T, bool>>> matches) : ListField<T>
{
    public override IQueryable<T> WhereOneOf(IQueryable<T> rows, IReadOnlyList<object?> values) => rows.Where(matches(Typed<TValue>(values)));
}
