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
            Expression.Call(LinqMethods.QueryableAny.MakeGenericMethod(type.ClrType), source.Expression), cancellationToken);

    public static Task<List<ResourceRow>> ListAsync(IQueryable<ResourceRow> rows, CancellationToken cancellationToken) =>
        rows.ToListAsync(cancellationToken);

    /// <summary>Tracked entities (for writes), optionally with to-many navigations loaded.</summary>
    public static async Task<List<object>> EntitiesAsync(IQueryable source, ResourceType type, IEnumerable<ResourceRelationship> includes, CancellationToken cancellationToken)
    {
        var expression = source.Expression;
        foreach (var relationship in includes)
        {
            expression = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.Include), [type.ClrType],
                expression, Expression.Constant(relationship.Property.Name));
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
