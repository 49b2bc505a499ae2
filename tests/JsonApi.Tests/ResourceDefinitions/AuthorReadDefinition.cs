using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>Authors come with their articles and, unless the client sorts, in order of last name.</summary>
public sealed class AuthorReadDefinition : ResourceDefinition<Author>
{
    public override IncludeNode OnApplyIncludes(IncludeNode existingIncludes)
    {
        existingIncludes.GetOrAdd(Relationship(a => a.Articles));
        return existingIncludes;
    }

    public override IReadOnlyList<SortElement> OnApplySort(IReadOnlyList<SortElement> existingSort) =>
        existingSort.Count > 0 ? existingSort : [new SortElement(new FieldTerm(new FieldChain([], Attribute(a => a.LastName), null)), Ascending: true)];
}
