using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace JsonApi.Queries;

/// <summary>The generic LINQ method definitions the query composer calls, looked up once (finding them by name on
/// every request costs more than building the rest of the query).</summary>
internal static class LinqMethods
{
    public static readonly MethodInfo QueryableWhere = Of<IQueryable<object>>(q => q.Where(x => true));
    public static readonly MethodInfo QueryableOrderBy = Of<IQueryable<object>>(q => q.OrderBy(x => x));
    public static readonly MethodInfo QueryableOrderByDescending = Of<IQueryable<object>>(q => q.OrderByDescending(x => x));
    public static readonly MethodInfo QueryableThenBy = Of<IOrderedQueryable<object>>(q => q.ThenBy(x => x));
    public static readonly MethodInfo QueryableThenByDescending = Of<IOrderedQueryable<object>>(q => q.ThenByDescending(x => x));
    public static readonly MethodInfo QueryableSkip = Of<IQueryable<object>>(q => q.Skip(1));
    public static readonly MethodInfo QueryableTake = Of<IQueryable<object>>(q => q.Take(1));
    public static readonly MethodInfo QueryableSelect = Of<IQueryable<object>>(q => q.Select(x => x));
    public static readonly MethodInfo QueryableSelectMany = Of<IQueryable<object>>(q => q.SelectMany(x => new List<object>()));
    public static readonly MethodInfo QueryableSelectManyWithResult = Of<IQueryable<object>>(q => q.SelectMany(x => new List<object>(), (x, y) => x));
    public static readonly MethodInfo QueryableCount = Of<IQueryable<object>>(q => q.Count());
    public static readonly MethodInfo QueryableAny = Of<IQueryable<object>>(q => q.Any());
    public static readonly MethodInfo QueryableContains = Of<IQueryable<object>>(q => q.Contains(null));
    public static readonly MethodInfo EnumerableWhere = Of<IEnumerable<object>>(e => e.Where(x => true));
    public static readonly MethodInfo EnumerableAny = Of<IEnumerable<object>>(e => e.Any());
    public static readonly MethodInfo EnumerableAnyMatching = Of<IEnumerable<object>>(e => e.Any(x => true));
    public static readonly MethodInfo EnumerableCount = Of<IEnumerable<object>>(e => e.Count());
    public static readonly MethodInfo EnumerableContains = Of<IEnumerable<object>>(e => e.Contains(null));
    public static readonly MethodInfo EnumerableOrderBy = Of<IEnumerable<object>>(e => e.OrderBy(x => x));
    public static readonly MethodInfo EnumerableOrderByDescending = Of<IEnumerable<object>>(e => e.OrderByDescending(x => x));
    public static readonly MethodInfo EnumerableThenBy = Of<IOrderedEnumerable<object>>(e => e.ThenBy(x => x));
    public static readonly MethodInfo EnumerableThenByDescending = Of<IOrderedEnumerable<object>>(e => e.ThenByDescending(x => x));
    public static readonly MethodInfo EnumerableTake = Of<IEnumerable<object>>(e => e.Take(1));
    public static readonly MethodInfo EnumerableSelect = Of<IEnumerable<object>>(e => e.Select(x => x));
    public static readonly MethodInfo EnumerableToList = Of<IEnumerable<object>>(e => e.ToList());

    public static readonly MethodInfo EfProperty = typeof(Microsoft.EntityFrameworkCore.EF).GetMethod(nameof(Microsoft.EntityFrameworkCore.EF.Property))!;
    public static readonly MethodInfo EfParameter = typeof(Microsoft.EntityFrameworkCore.EF).GetMethod(nameof(Microsoft.EntityFrameworkCore.EF.Parameter))!;

    private static readonly ConcurrentDictionary<(MethodInfo Definition, Type A, Type? B, Type? C), MethodInfo> Closed = new();

    /// <summary><paramref name="definition"/> closed over the type arguments, made once per combination
    /// (<see cref="MethodInfo.MakeGenericMethod"/> costs about a microsecond each time).</summary>
    public static MethodInfo Close(this MethodInfo definition, Type a) => Closed.GetOrAdd((definition, a, null, null), static key => key.Definition.MakeGenericMethod(key.A));

    public static MethodInfo Close(this MethodInfo definition, Type a, Type b) =>
        Closed.GetOrAdd((definition, a, b, null), static key => key.Definition.MakeGenericMethod(key.A, key.B!));

    public static MethodInfo Close(this MethodInfo definition, Type a, Type b, Type c) =>
        Closed.GetOrAdd((definition, a, b, c), static key => key.Definition.MakeGenericMethod(key.A, key.B!, key.C!));

    private static MethodInfo Of<TSource>(Expression<Func<TSource, object?>> call)
    {
        var body = call.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : call.Body;
        return ((MethodCallExpression)body).Method.GetGenericMethodDefinition();
    }
}
