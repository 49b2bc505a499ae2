using System.Linq.Expressions;
using AdminPortal.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// The named fields a list of <typeparamref name="T"/> is filtered and sorted by, each a query expression, so a
/// <see cref="ListQuery"/> becomes SQL (parameters, never literals). Rows tie-break on <c>key</c>, so pages are stable.
/// </summary>
public sealed class ListFields<T>(Expression<Func<T, long>> key, string defaultOrder) : IListFields
    where T : class
{
    private readonly Dictionary<string, ListField<T>> _fields = new(StringComparer.Ordinal);
    private readonly List<ListFieldInfo> _infos = [];

    public IReadOnlyList<ListFieldInfo> Fields => _infos;

    public string DefaultOrder => defaultOrder;

    /// <summary>A field with a value per row; numbers and times also take ranges.</summary>
    public ListFields<T> Add<TValue>(string name, Expression<Func<T, TValue>> selector, IReadOnlyList<string>? allowedValues = null, bool sortable = true) =>
        Add(new ValueField<T, TValue>(selector), name, typeof(TValue), sortable, allowedValues);

    /// <summary>
    /// A field that only filters, by a condition built from the wanted values (e.g. "staffed in one of these languages"):
    /// <paramref name="matches"/> receives the values as a list the condition may capture (EF Core sends it as a parameter).
    /// </summary>
    public ListFields<T> AddMatch<TValue>(string name, Func<IReadOnlyList<TValue>, Expression<Func<T, bool>>> matches, IReadOnlyList<string>? allowedValues = null) =>
        Add(new MatchField<T, TValue>(matches), name, typeof(TValue), false, allowedValues, ranged: false);

    public ListFieldInfo? Find(string name) => _fields.TryGetValue(name, out var field) ? field.Info : null;

    /// <summary>The rows every condition holds for.</summary>
    public IQueryable<T> Filter(IQueryable<T> rows, IEnumerable<FieldCondition> conditions)
    {
        foreach (var condition in conditions)
        {
            var field = Get(condition.Field);
            rows = condition switch
            {
                OneOf oneOf => field.WhereOneOf(rows, oneOf.Values),
                Between between when field.Info.Ranged => field.WhereBetween(rows, between.From, between.To),
                _ => throw new RuleViolationException($"'{condition.Field}' does not take a range."),
            };
        }

        return rows;
    }

    /// <summary>Ordered by the query's field (or the default), then by the key.</summary>
    public IOrderedQueryable<T> Order(IQueryable<T> rows, FieldOrder? order)
    {
        var wanted = order ?? new FieldOrder(defaultOrder, false);
        var field = Get(wanted.Field);
        if (!field.Info.Sortable)
        {
            throw new RuleViolationException($"'{wanted.Field}' does not sort.");
        }

        var ordered = field.OrderBy(rows, wanted.Descending);
        return wanted.Descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
    }

    /// <summary>Filtered, counted, ordered and paged, the page's rows shaped by <paramref name="projection"/> in SQL.</summary>
    public async Task<ListPage<TRow>> PageAsync<TRow>(
        IQueryable<T> rows, ListQuery query, Expression<Func<T, TRow>> projection, CancellationToken cancellationToken)
    {
        var filtered = Filter(rows, query.Conditions);
        IQueryable<T> ordered = Order(filtered, query.Order);
        if (query.Page is not { } page)
        {
            var all = await ordered.Select(projection).ToListAsync(cancellationToken);
            return new ListPage<TRow>(all, all.Count);
        }

        var total = await filtered.CountAsync(cancellationToken);
        var items = total <= page.Skip ? [] : await ordered.Skip(page.Skip).Take(page.Size).Select(projection).ToListAsync(cancellationToken);
        return new ListPage<TRow>(items, total);
    }

    private ListFields<T> Add(ListField<T> field, string name, Type valueType, bool sortable, IReadOnlyList<string>? allowedValues, bool? ranged = null)
    {
        var underlying = Nullable.GetUnderlyingType(valueType) ?? valueType;
        var nullable = !valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null;
        field.Info = new ListFieldInfo(name, underlying, nullable, ranged ?? IsRanged(underlying), sortable, allowedValues ?? EnumValues(underlying));
        _fields.Add(name, field);
        _infos.Add(field.Info);
        return this;
    }

    private ListField<T> Get(string name) =>
        _fields.TryGetValue(name, out var field) ? field : throw new RuleViolationException($"'{name}' is not a field of this list.");

    private static bool IsRanged(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(DateTime);

    private static IReadOnlyList<string>? EnumValues(Type type) =>
        type.IsEnum ? [.. Enum.GetNames(type).Select(Data.SnakeCase.From)] : null;
}
