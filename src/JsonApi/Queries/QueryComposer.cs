using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Queries;

/// <summary>Composes one EF Core query from the parsed query string: visibility, filter, sort, page and a
/// <c>Select</c> projection that reads only the requested columns and included to-one relationships; included to-many
/// relationships are read by one more query each (<see cref="FirstPages"/>), limited to their first page.</summary>
internal sealed class QueryComposer(Visibility visibility, int includedPageSize, int? pageIdsFirstFromOffset = null)
{
    private static readonly PropertyInfo RowId = typeof(ResourceRow).GetProperty(nameof(ResourceRow.Id))!;
    private static readonly PropertyInfo RowValues = typeof(ResourceRow).GetProperty(nameof(ResourceRow.Values))!;
    private static readonly PropertyInfo LinkedParentId = typeof(LinkedRow).GetProperty(nameof(LinkedRow.ParentId))!;
    private static readonly PropertyInfo LinkedRowMember = typeof(LinkedRow).GetProperty(nameof(LinkedRow.Row))!;

    /// <summary>How many resources of one included to-many relationship a resource shows.</summary>
    public int IncludedPageSize { get; } = includedPageSize;

    /// <summary>Rows visible where the client gave no filter (single resources, look-ups, to-one related data).</summary>
    public IQueryable WhereVisible(IQueryable source, ResourceType type) =>
        visibility.Default(type) is { } filter ? Where(source, type, filter) : source;

    /// <summary>The primary data of a collection: the definition's filter given the client's.</summary>
    public IQueryable WherePrimary(IQueryable source, ResourceType type, FilterExpression? clientFilter) =>
        visibility.Primary(type, clientFilter) is { } filter ? Where(source, type, filter) : source;

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

        var contains = Expression.Call(LinqMethods.EnumerableContains.Close(type.IdType),
            ValueHolder.Parameter(idArray, idArray.GetType()), Expression.Property(instance, type.IdProperty));
        return Where(source, type, Expression.Lambda(contains, instance));
    }

    public IQueryable OrderBy(IQueryable source, ResourceType type, IReadOnlyList<SortElement> sort)
    {
        var instance = Expression.Parameter(type.ClrType, "resource");
        var expression = source.Expression;
        var first = true;
        foreach (var (key, ascending) in SortKeys(sort, type, instance))
        {
            var method = (first, ascending) switch
            {
                (true, true) => LinqMethods.QueryableOrderBy,
                (true, false) => LinqMethods.QueryableOrderByDescending,
                (false, true) => LinqMethods.QueryableThenBy,
                _ => LinqMethods.QueryableThenByDescending,
            };
            expression = Expression.Call(method.Close(type.ClrType, key.Type), expression, Expression.Quote(Expression.Lambda(key, instance)));
            first = false;
        }

        return source.Provider.CreateQuery(expression);
    }

    /// <summary>
    /// <paramref name="source"/> in the requested order, <paramref name="take"/> rows from <paramref name="skip"/> on. From
    /// the configured offset on (<c>PageIdsFirstFromOffset</c>), the page's ids are read first and then only its rows
    /// (<see cref="PageByIds"/>); before it, or without one, a plain <c>Skip</c>/<c>Take</c>.
    /// </summary>
    public IQueryable OrderedPage(IQueryable source, ResourceType type, IReadOnlyList<SortElement> sort, int skip, int take)
    {
        var ordered = OrderBy(source, type, sort);
        return skip >= (pageIdsFirstFromOffset ?? int.MaxValue)
            ? OrderBy(PageByIds(source, ordered, type, skip, take), type, sort)
            : Page(ordered, type, skip, take);
    }

    /// <summary>
    /// A deep page: <c>source.Where(e =&gt; ordered.Skip(skip).Take(take).Select(e =&gt; e.Id).Contains(e.Id))</c>, to be
    /// ordered again. The offset then walks the sort's index alone (the ids), and only the page's rows are read, where
    /// <c>OFFSET</c> over the whole rows reads every skipped row too.
    /// </summary>
    private static IQueryable PageByIds(IQueryable source, IQueryable ordered, ResourceType type, int skip, int take)
    {
        var clr = type.ClrType;
        var idType = type.IdType;
        var row = Expression.Parameter(clr, "e");
        var ids = Expression.Call(
            LinqMethods.QueryableSelect.Close(clr, idType),
            Page(ordered, type, skip, take).Expression,
            Expression.Quote(Expression.Lambda(Expression.Property(row, type.IdProperty), row)));
        var candidate = Expression.Parameter(clr, "c");
        var inPage = Expression.Lambda(
            Expression.Call(LinqMethods.QueryableContains.Close(idType), ids, Expression.Property(candidate, type.IdProperty)), candidate);
        return source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableWhere.Close(clr), source.Expression, Expression.Quote(inPage)));
    }

    private static IQueryable Page(IQueryable source, ResourceType type, int skip, int take)
    {
        // The first page skips nothing: no OFFSET.
        var expression = skip == 0
            ? source.Expression
            : Expression.Call(LinqMethods.QueryableSkip.Close(type.ClrType), source.Expression, ValueHolder.Parameter(skip, typeof(int)));
        expression = Expression.Call(LinqMethods.QueryableTake.Close(type.ClrType), expression, ValueHolder.Parameter(take, typeof(int)));
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
            return source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableSelectMany.Close(type.ClrType, right),
                source.Expression, Expression.Quote(selector)));
        }

        var select = Expression.Call(LinqMethods.QueryableSelect.Close(type.ClrType, right), source.Expression,
            Expression.Quote(Expression.Lambda(navigation, instance)));
        var item = Expression.Parameter(right, "related");
        var notNull = Expression.Lambda(Expression.NotEqual(item, Expression.Constant(null, right)), item);
        return source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableWhere.Close(right), select, Expression.Quote(notNull)));
    }

    public IQueryable<ResourceRow> Project(IQueryable source, ProjectionLayer layer)
    {
        var instance = Expression.Parameter(layer.Type.ClrType, "resource");
        var selector = Expression.Lambda(ProjectBody(layer, instance), instance);
        var call = Expression.Call(LinqMethods.QueryableSelect.Close(layer.Type.ClrType, typeof(ResourceRow)), source.Expression, Expression.Quote(selector));
        return source.Provider.CreateQuery<ResourceRow>(call);
    }

    public static Expression CountExpression(IQueryable source, ResourceType type) =>
        Expression.Call(LinqMethods.QueryableCount.Close(type.ClrType), source.Expression);

    private IEnumerable<(Expression Key, bool Ascending)> SortKeys(IReadOnlyList<SortElement> sort, ResourceType type, Expression instance) =>
        sort.Select(element => (visibility.Filters.Term(element.Key, instance), element.Ascending))
            .Append((Expression.Property(instance, type.IdProperty), true));

    /// <summary>The row of <paramref name="instance"/>; <paramref name="mayBeMissing"/> reads every value as nullable, for a to-one
    /// navigation read without a condition (a missing resource then reads as a row without id).</summary>
    private Expression ProjectBody(ProjectionLayer layer, Expression instance, bool mayBeMissing = false)
    {
        // The attributes, then the to-one slots (in position order).
        var values = new List<Expression>(layer.Attributes.Count + layer.Slots.Count);
        foreach (var attribute in layer.Attributes)
        {
            var value = FilterComposer.Attribute(attribute, instance);
            values.Add(Box(mayBeMissing ? Nullable(value) : value));
        }

        foreach (var slot in layer.Slots)
        {
            if (!slot.Relationship.IsToMany)
            {
                values.Add(Related(slot, instance));
            }
        }

        // An empty array is left to the row's default: EF Core would otherwise evaluate `new object[0]` (compiling it) on every request.
        var idValue = Expression.Property(instance, layer.Type.IdProperty);
        var id = Expression.Bind(RowId, Box(mayBeMissing ? Nullable(idValue) : idValue));
        return values.Count == 0
            ? Expression.MemberInit(Expression.New(typeof(ResourceRow)), id)
            : Expression.MemberInit(Expression.New(typeof(ResourceRow)), id, Expression.Bind(RowValues, Expression.NewArrayInit(typeof(object), values)));
    }

    private Expression Related(RelatedSlot slot, Expression instance)
    {
        var rightType = slot.Relationship.RightType;
        var navigation = Expression.Property(instance, slot.Relationship.Property);
        var test = visibility.Test(rightType, navigation);
        if (test is null && (slot.Included is null || slot.Included.Attributes.All(attribute => !attribute.IsComputed)))
        {
            // Every row of the right type is visible and its values are plain columns: read them without a condition (no
            // `IS NULL` column in the SQL); a missing resource reads as a null id (see ResourceRow.ValueOf).
            return slot.Included is null
                ? Box(Nullable(Expression.Property(navigation, rightType.IdProperty)))
                : ProjectBody(slot.Included, navigation, mayBeMissing: true);
        }

        Expression missing = Expression.Equal(navigation, Expression.Constant(null, navigation.Type));
        if (test is not null)
        {
            missing = Expression.OrElse(missing, Expression.Not(test));
        }

        var present = slot.Included is null
            ? Box(Expression.Property(navigation, rightType.IdProperty))
            : Box(ProjectBody(slot.Included, navigation));
        return Expression.Condition(missing, Expression.Constant(null, typeof(object)), present);
    }

    /// <summary>
    /// The first page (plus one row, so the document can tell there are more) of one included to-many relationship of
    /// every parent in <paramref name="parentIds"/>, in the order of the relationship endpoint (the right type's default sort,
    /// then id), each row with its parent's id. Databases number the rows per parent (<c>ROW_NUMBER() OVER (PARTITION BY …)</c>)
    /// over the children of these parents only, so the cost follows the rows read, not the size of the tables.
    /// </summary>
    public IQueryable<LinkedRow> FirstPages(DbContext db, ResourceType parentType, ResourceRelationship relationship, Array parentIds, ProjectionLayer included)
    {
        var rightType = relationship.RightType;
        var (parentClr, childClr) = (parentType.ClrType, rightType.ClrType);
        var parent = Expression.Parameter(parentClr, "parent");
        var ids = IdsParameter(parentIds);
        var parents = Where(parentType.Source(db), parentType, Expression.Lambda(Contains(ids, Expression.Property(parent, parentType.IdProperty)), parent));

        Expression children = Expression.Property(parent, relationship.Property);
        var child = Expression.Parameter(childClr, "child");
        if (visibility.Default(rightType) is { } filter)
        {
            children = Expression.Call(LinqMethods.EnumerableWhere.Close(childClr), children, filter);
        }

        if (ParentFilter(db, parentType, relationship, parentIds, child) is { } ofTheseParents)
        {
            children = Expression.Call(LinqMethods.EnumerableWhere.Close(childClr), children, Expression.Lambda(ofTheseParents, child));
        }

        children = Order(children, rightType, child, enumerable: true);
        children = Expression.Call(LinqMethods.EnumerableTake.Close(childClr), children, Expression.Constant(IncludedPageSize + 1));

        var linkType = typeof(Link<,>).MakeGenericType(parentClr, childClr);
        var linkParent = linkType.GetProperty(nameof(Link<object, object>.Parent))!;
        var linkChild = linkType.GetProperty(nameof(Link<object, object>.Child))!;
        var collectionSelector = Expression.Lambda(typeof(Func<,>).MakeGenericType(parentClr, typeof(IEnumerable<>).MakeGenericType(childClr)), children, parent);
        var element = Expression.Parameter(childClr, "element");
        var resultSelector = Expression.Lambda(Expression.MemberInit(Expression.New(linkType),
            Expression.Bind(linkParent, parent), Expression.Bind(linkChild, element)), parent, element);
        var links = parents.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableSelectManyWithResult.Close(parentClr, childClr, linkType),
            parents.Expression, Expression.Quote(collectionSelector), Expression.Quote(resultSelector)));

        var link = Expression.Parameter(linkType, "link");
        var ordered = Expression.Call(LinqMethods.QueryableOrderBy.Close(linkType, parentType.IdType), links.Expression,
            Expression.Quote(Expression.Lambda(Expression.Property(Expression.Property(link, linkParent), parentType.IdProperty), link)));
        ordered = (MethodCallExpression)Order(ordered, rightType, Expression.Property(link, linkChild), enumerable: false, link);
        var selector = Expression.Lambda(Expression.MemberInit(Expression.New(typeof(LinkedRow)),
            Expression.Bind(LinkedParentId, Box(Expression.Property(Expression.Property(link, linkParent), parentType.IdProperty))),
            Expression.Bind(LinkedRowMember, ProjectBody(included, Expression.Property(link, linkChild)))), link);
        return links.Provider.CreateQuery<LinkedRow>(Expression.Call(LinqMethods.QueryableSelect.Close(linkType, typeof(LinkedRow)),
            ordered, Expression.Quote(selector)));
    }

    /// <summary>Orders by the right type's default sort then id: an <c>IEnumerable</c> of rows (<paramref name="enumerable"/>),
    /// or an already ordered query whose items reach the row through <paramref name="item"/> from <paramref name="lambdaParameter"/>.</summary>
    private Expression Order(Expression source, ResourceType type, Expression item, bool enumerable, ParameterExpression? lambdaParameter = null)
    {
        var parameter = lambdaParameter ?? (ParameterExpression)item;
        var elementType = parameter.Type;
        var first = enumerable;
        foreach (var (key, ascending) in SortKeys(type.DefaultSortElements, type, item))
        {
            var method = (first, ascending, enumerable) switch
            {
                (true, true, _) => LinqMethods.EnumerableOrderBy,
                (true, false, _) => LinqMethods.EnumerableOrderByDescending,
                (false, true, true) => LinqMethods.EnumerableThenBy,
                (false, false, true) => LinqMethods.EnumerableThenByDescending,
                (false, true, false) => LinqMethods.QueryableThenBy,
                _ => LinqMethods.QueryableThenByDescending,
            };
            var lambda = Expression.Lambda(key, parameter);
            source = Expression.Call(method.Close(elementType, key.Type), source, enumerable ? lambda : Expression.Quote(lambda));
            first = false;
        }

        return source;
    }

    /// <summary>A condition on a child that it belongs to one of the parents, through the foreign key or, for a many-to-many
    /// relationship, the join table, so the database numbers only these parents' children; null when the model has
    /// neither.</summary>
    private static Expression? ParentFilter(DbContext db, ResourceType parentType, ResourceRelationship relationship, Array parentIds, ParameterExpression child)
    {
        var entity = db.Model.FindEntityType(parentType.ClrType);
        if (entity?.FindNavigation(relationship.Property.Name) is { IsOnDependent: false, ForeignKey.Properties: [var foreignKey] })
        {
            var keys = Array.CreateInstance(foreignKey.ClrType, parentIds.Length);
            for (var index = 0; index < parentIds.Length; index++)
            {
                keys.SetValue(parentIds.GetValue(index), index);
            }

            var property = Expression.Call(LinqMethods.EfProperty.Close(foreignKey.ClrType), child, Expression.Constant(foreignKey.Name));
            return Contains(IdsParameter(keys), property);
        }

        if (entity?.FindSkipNavigation(relationship.Property.Name) is not null)
        {
            // child.Id IN (the ids of these parents' children): the database starts from these parents' rows of the join
            // table, where an EXISTS over each child's parents ran for every row of it (three times as long on SQLite).
            var (parentClr, childClr, rightType) = (parentType.ClrType, relationship.RightType.ClrType, relationship.RightType);
            var other = Expression.Parameter(parentClr, "other");
            var parents = Where(parentType.Source(db), parentType,
                Expression.Lambda(Contains(IdsParameter(parentIds), Expression.Property(other, parentType.IdProperty)), other));
            var members = Expression.Lambda(typeof(Func<,>).MakeGenericType(parentClr, typeof(IEnumerable<>).MakeGenericType(childClr)),
                Expression.Property(other, relationship.Property), other);
            var children = Expression.Call(LinqMethods.QueryableSelectMany.Close(parentClr, childClr), parents.Expression, Expression.Quote(members));
            var member = Expression.Parameter(childClr, "member");
            var childIds = Expression.Call(LinqMethods.QueryableSelect.Close(childClr, rightType.IdType), children,
                Expression.Quote(Expression.Lambda(Expression.Property(member, rightType.IdProperty), member)));
            return Expression.Call(LinqMethods.QueryableContains.Close(rightType.IdType), childIds, Expression.Property(child, rightType.IdProperty));
        }

        return null;
    }

    /// <summary>An array sent as one parameter (a JSON array or a PostgreSQL array), whatever its length.</summary>
    private static Expression IdsParameter(Array ids) =>
        Expression.Call(LinqMethods.EfParameter.Close(ids.GetType()), ValueHolder.Parameter(ids, ids.GetType()));

    private static Expression Contains(Expression array, Expression value) =>
        Expression.Call(LinqMethods.EnumerableContains.Close(value.Type), array, value);

    private static IQueryable Where(IQueryable source, ResourceType type, LambdaExpression predicate) =>
        source.Provider.CreateQuery(Expression.Call(LinqMethods.QueryableWhere.Close(type.ClrType), source.Expression, Expression.Quote(predicate)));

    private static Expression Nullable(Expression value) =>
        value.Type.IsValueType && System.Nullable.GetUnderlyingType(value.Type) is null
            ? Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type))
            : value;

    private static Expression Box(Expression value) => value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object));
}
