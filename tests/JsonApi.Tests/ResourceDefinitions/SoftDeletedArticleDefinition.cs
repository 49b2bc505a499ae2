using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>Deleted articles are hidden everywhere unless the client's filter of the articles names <c>deleted</c>.</summary>
public sealed class SoftDeletedArticleDefinition : ResourceDefinition<Article>
{
    public override FilterExpression? OnApplyFilter(FilterExpression? existingFilter)
    {
        var deleted = Attribute(a => a.Deleted);
        return existingFilter.Names(deleted) ? existingFilter : FilterExpressions.And(existingFilter, FilterExpressions.Equal(deleted, false));
    }
}
