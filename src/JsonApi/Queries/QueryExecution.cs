using System.Linq.Expressions;
using JsonApi.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace JsonApi.Queries;

/// <summary>Runs non-generic composed queries asynchronously through EF Core.</summary>
internal static class QueryExecution
{
    public static Task<int> CountAsync(IQueryable source, ResourceType type, CancellationToken cancellationToken) =>
        Provider(source).ExecuteAsync<Task<int>>(QueryComposer.CountExpression(source, type), cancellationToken);

    public static Task<bool> AnyAsync(IQueryable source, ResourceType type, CancellationToken cancellationToken) =>
        Provider(source).ExecuteAsync<Task<bool>>(
            Expression.Call(LinqMethods.QueryableAny.Close(type.ClrType), source.Expression), cancellationToken);

    public static Task<List<ResourceRow>> ListAsync(IQueryable<ResourceRow> rows, CancellationToken cancellationToken) =>
        rows.ToListAsync(cancellationToken);

    /// <summary>The ids of the rows of <paramref name="source"/>.</summary>
    public static Task<List<object>> IdsAsync(IQueryable source, ResourceType type, CancellationToken cancellationToken)
    {
        var instance = Expression.Parameter(type.ClrType, "resource");
        var selector = Expression.Lambda(Expression.Convert(Expression.Property(instance, type.IdProperty), typeof(object)), instance);
        var ids = source.Provider.CreateQuery<object>(Expression.Call(LinqMethods.QueryableSelect.Close(type.ClrType, typeof(object)),
            source.Expression, Expression.Quote(selector)));
        return ids.ToListAsync(cancellationToken);
    }

    /// <summary>Entities, tracked (for the library's own writes, optionally with to-many navigations loaded) or not (the stored
    /// state handed to a definition, which must not be saved by accident).</summary>
    public static async Task<List<object>> EntitiesAsync(IQueryable source, ResourceType type, IEnumerable<ResourceRelationship> includes, bool tracked,
        CancellationToken cancellationToken)
    {
        var expression = source.Expression;
        foreach (var relationship in includes)
        {
            expression = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.Include), [type.ClrType],
                expression, Expression.Constant(relationship.Property.Name));
        }

        if (!tracked)
        {
            expression = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [type.ClrType], expression);
        }

        var query = source.Provider.CreateQuery(expression);
        var list = new List<object>();
        await foreach (var item in (IAsyncEnumerable<object>)query)
        {
            list.Add(item);
        }

        return list;
    }

    private static IAsyncQueryProvider Provider(IQueryable source) => (IAsyncQueryProvider)source.Provider;
}
