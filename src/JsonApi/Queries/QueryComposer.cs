using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Queries;

/// <summary>Composes one EF Core query from the parsed query string: base filter, filter, sort, page and a
/// <c>Select</c> projection that reads only the requested columns and included relationships.</summary>
internal sealed class QueryComposer
{
    private static readonly PropertyInfo RowId = typeof(ResourceRow).GetProperty(nameof(ResourceRow.Id))!;
    private static readonly PropertyInfo RowValues = typeof(ResourceRow).GetProperty(nameof(ResourceRow.Values))!;
    private static readonly PropertyInfo RowRelated = typeof(ResourceRow).GetProperty(nameof(ResourceRow.Related))!;
    private readonly BaseFilters _baseFilters;
    private readonly FilterComposer _filterComposer;

    public QueryComposer(BaseFilters baseFilters)
    {
        _baseFilters = baseFilters;
        _filterComposer = new FilterComposer(baseFilters);
    }

    public IQueryable WhereBase(IQueryable source, ResourceType type)
    {
        var filter = _baseFilters.For(type);
        return filter is null ? source : Where(source, type, filter);
    }

    public IQueryable WhereFilter(IQueryable source, ResourceType type, FilterExpression? filter)
    {
        if (filter is null)
        {
            return source;
        }

        var instance = Expression.Parameter(type.ClrType, "resource");
        return Where(source, type, Expression.Lambda(_filterComposer.Compose(filter, instance), instance));
    }

    public IQueryable WhereId(IQueryable source, ResourceType type, object id)
    {
        var instance = Expression.Parameter(type.ClrType, "resource");
        var body = Expression.Equal(Expression.Property(instance, type.IdProperty), ValueHolder.Parameter(id, type.IdType));
        return Where(source, type, Expression.Lambda(body, instance));
    }

    public IQueryable WhereIdIn(IQueryable source, ResourceType type, IReadOnlyCollection<object> ids)
    {
        var instance = Expression.Parameter(type.ClrType, "resource");
        var idArray = Array.CreateInstance(type.IdType, ids.Count);
        var index = 0;
        foreach (var id in ids)
        {
            idArray.SetValue(id, index++);
        }

        var contains = Expression.Call(LinqMethods.EnumerableContains.MakeGenericMethod(type.IdType),
            ValueHolder.Parameter(idArray, idArray.GetType()), Expression.Property(instance, type.IdProperty));
        return Where(source, type, Expression.Lambda(contains, instance));
    }

    public IQueryable OrderBy(IQueryable source, ResourceType type, IReadOnlyList<SortElement> sort)
    {
        var instance = Expression.Parameter(type.ClrType, "resource");
        var keys = sort.Select(element => (Key: _filterComposer.Term(element.Key, instance), element.Ascending))
            .Append((Key: Expression.Property(instance, type.IdProperty), Ascending: true));
        var first = true;
        var expression = source.Expression;
        foreach (var (key, ascending) in keys)
        {
            var method = (first, ascending) switch
            {
                (true, true) => LinqMethods.QueryableOrderBy,
                (true, false) => LinqMethods.QueryableOrderByDescending,
                (false, true) => LinqMethods.QueryableThenBy,
                _ => LinqMethods.QueryableThenByDescending,
            };
            expression = Expression.Call(method.MakeGenericMethod(type.ClrType, key.Type), expression, Expression.Quote(Expression.Lambda(key, instance)));
            first = false;
        }

        return source.Provider.CreateQuery(expression);
    }

    public static IQueryable Page(IQueryable source, ResourceType type, int skip, int take)
    {
        var expression = Expression.Call(LinqMethods.QueryableSkip.MakeGenericMethod(type.ClrType), source.Expression, ValueHolder.Parameter(skip, typeof(int)));
        expression = Expression.Call(LinqMethods.QueryableTake.MakeGenericMethod(type.ClrType), expression, ValueHolder.Parameter(take, typeof(int)));
        return source.Provider.CreateQuery(expression);
    }

    /// <summary><c>source.SelectMany(e =&gt; e.Nav)</c> for to-many, <c>source.Select(e =&gt; e.Nav).Where(n =&gt; n != null)</c> for to-one.</summary>
    public static IQueryable Navigate(IQueryable source, ResourceType type, ResourceRelationship relationship)
    {
        var instance = Expression.Parameter(type.ClrType, "resource");
        var right = relationship.RightClrType;
        var navigation = Expression.Property(instance, relationship.Property);
        if (relationship.IsToMany)
        {
            var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(type.ClrType, typeof(IEnumerable<>).MakeGenericType(right)), navigation, instance);
            return source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableSelectMany.MakeGenericMethod(type.ClrType, right),
                source.Expression, Expression.Quote(selector)));
        }

        var select = Expression.Call(LinqMethods.QueryableSelect.MakeGenericMethod(type.ClrType, right), source.Expression,
            Expression.Quote(Expression.Lambda(navigation, instance)));
        var item = Expression.Parameter(right, "related");
        var notNull = Expression.Lambda(Expression.NotEqual(item, Expression.Constant(null, right)), item);
        return source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableWhere.MakeGenericMethod(right), select, Expression.Quote(notNull)));
    }

    public IQueryable<ResourceRow> Project(IQueryable source, ProjectionLayer layer)
    {
        var instance = Expression.Parameter(layer.Type.ClrType, "resource");
        var selector = Expression.Lambda(ProjectBody(layer, instance), instance);
        var call = Expression.Call(LinqMethods.QueryableSelect.MakeGenericMethod(layer.Type.ClrType, typeof(ResourceRow)), source.Expression, Expression.Quote(selector));
        return source.Provider.CreateQuery<ResourceRow>(call);
    }

    public static Expression CountExpression(IQueryable source, ResourceType type) =>
        Expression.Call(LinqMethods.QueryableCount.MakeGenericMethod(type.ClrType), source.Expression);

    private Expression ProjectBody(ProjectionLayer layer, Expression instance)
    {
        var values = layer.Attributes.Select(attribute => Box(FilterComposer.Field(new FieldChain([], attribute, null), instance)));
        var related = layer.Slots.Select(slot => Related(slot, instance));
        return Expression.MemberInit(Expression.New(typeof(ResourceRow)),
            Expression.Bind(RowId, Box(Expression.Property(instance, layer.Type.IdProperty))),
            Expression.Bind(RowValues, Expression.NewArrayInit(typeof(object), values)),
            Expression.Bind(RowRelated, Expression.NewArrayInit(typeof(object), related)));
    }

    private Expression Related(RelatedSlot slot, Expression instance)
    {
        var rightType = slot.Relationship.RightType;
        var navigation = Expression.Property(instance, slot.Relationship.Property);
        if (slot.Relationship.IsToMany)
        {
            Expression collection = navigation;
            var clr = rightType.ClrType;
            if (_baseFilters.For(rightType) is { } filter)
            {
                collection = Expression.Call(LinqMethods.EnumerableWhere.MakeGenericMethod(clr), collection, filter);
            }

            var item = Expression.Parameter(clr, "item");
            var orderKey = Expression.Lambda(Expression.Property(item, rightType.IdProperty), item);
            collection = Expression.Call(LinqMethods.EnumerableOrderBy.MakeGenericMethod(clr, rightType.IdType), collection, orderKey);
            var projector = Expression.Lambda(ProjectBody(slot.Included!, item), item);
            collection = Expression.Call(LinqMethods.EnumerableSelect.MakeGenericMethod(clr, typeof(ResourceRow)), collection, projector);
            return Box(Expression.Call(LinqMethods.EnumerableToList.MakeGenericMethod(typeof(ResourceRow)), collection));
        }

        Expression missing = Expression.Equal(navigation, Expression.Constant(null, navigation.Type));
        if (_baseFilters.Test(rightType, navigation) is { } test)
        {
            missing = Expression.OrElse(missing, Expression.Not(test));
        }

        var present = slot.Included is null
            ? Box(Expression.Property(navigation, rightType.IdProperty))
            : Box(ProjectBody(slot.Included, navigation));
        return Expression.Condition(missing, Expression.Constant(null, typeof(object)), present);
    }

    private static IQueryable Where(IQueryable source, ResourceType type, LambdaExpression predicate) =>
        source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableWhere.MakeGenericMethod(type.ClrType), source.Expression, Expression.Quote(predicate)));

    private static Expression Box(Expression value) => value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object));
}
