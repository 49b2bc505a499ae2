using System.Linq.Expressions;

namespace JsonApi.Queries;

/// <summary>Wraps a literal so EF Core sends it as a SQL parameter instead of inlining it.</summary>
internal sealed class ValueHolder<T>(T value)
{
    public T Value { get; } = value;
}

internal static class ValueHolder
{
    public static Expression Parameter(object? value, Type type)
    {
        var holderType = typeof(ValueHolder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value)!;
        return Expression.Property(Expression.Constant(holder), nameof(ValueHolder<int>.Value));
    }
}
