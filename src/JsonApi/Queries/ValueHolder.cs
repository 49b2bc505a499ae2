using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace JsonApi.Queries;

/// <summary>Wraps a literal so EF Core sends it as a SQL parameter instead of inlining it.</summary>
internal sealed class ValueHolder<T>(T value)
{
    public T Value { get; } = value;
}

internal static class ValueHolder
{
    private static readonly ConcurrentDictionary<Type, (Func<object?, object> Create, PropertyInfo Value)> Holders = new();

    public static Expression Parameter(object? value, Type type)
    {
        var (create, property) = Holders.GetOrAdd(type, static type =>
        {
            var holderType = typeof(ValueHolder<>).MakeGenericType(type);
            var argument = Expression.Parameter(typeof(object), "value");
            var constructor = holderType.GetConstructor([type])!;
            var create = Expression.Lambda<Func<object?, object>>(Expression.New(constructor, Expression.Convert(argument, type)), argument).Compile();
            return (create, holderType.GetProperty(nameof(ValueHolder<int>.Value))!);
        });
        return Expression.Property(Expression.Constant(create(value)), property);
    }
}
