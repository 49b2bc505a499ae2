using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;
using JsonApi.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Queries;

/// <summary>Runs GET requests: a fixed number of SQL commands per endpoint and include tree, whatever the page size or the
/// data (one for the resources and their included to-one relationships, one per included to-many relationship, one for the
/// total of a collection).</summary>
internal sealed class ResourceReader(DbContext db, QueryComposer composer, Visibility visibility, LinkBuilder links)
{
    /// <summary>Two commands: the count and the page.</summary>
    public async Task<Document> ReadCollectionAsync(ResourceType type, QuerySpec spec, CancellationToken cancellationToken)
    {
        spec = ApplyHooks(type, spec);
        var source = composer.WherePrimary(type.Source(db), type, spec.Filter);
        return await ReadPageAsync(type, source, spec, cancellationToken);
    }

    /// <summary>One command.</summary>
    public async Task<Document> ReadOneAsync(ResourceType type, object id, QuerySpec spec, CancellationToken cancellationToken)
    {
        spec = ApplyHooks(type, spec);
        var layer = ProjectionLayer.Build(type, spec.Include, spec.Fields);
        var source = composer.WhereId(composer.WhereVisible(type.Source(db), type), type, id);
        var row = await composer.Project(source, layer).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
        await Collections.LoadAsync(layer, [row], cancellationToken);
        var document = Build(layer, [row], isCollection: false, includeRequested: spec.IncludeRequested);
        document.Links["self"] = links.RequestUrl;
        return document;
    }

    /// <summary><c>/articles/1/comments</c> or, with <paramref name="identifiersOnly"/>, <c>/articles/1/relationships/comments</c>.</summary>
    public async Task<Document> ReadRelatedAsync(ResourceType type, object id, ResourceRelationship relationship, QuerySpec spec, bool identifiersOnly, CancellationToken cancellationToken)
    {
        var primary = composer.WhereId(composer.WhereVisible(type.Source(db), type), type, id);
        if (!await QueryExecution.AnyAsync(primary, type, cancellationToken))
        {
            throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
        }

        var right = relationship.RightType;
        spec = ApplyHooks(right, spec);
        var related = QueryComposer.Navigate(primary, type, relationship);
        Document document;
        if (relationship.IsToMany)
        {
            document = await ReadPageAsync(right, composer.WherePrimary(related, right, spec.Filter), spec, cancellationToken, identifiersOnly);
        }
        else
        {
            var layer = identifiersOnly ? ProjectionLayer.IdentifiersOnly(right) : ProjectionLayer.Build(right, spec.Include, spec.Fields);
            var row = await composer.Project(composer.WhereVisible(related, right), layer).FirstOrDefaultAsync(cancellationToken);
            if (row is not null)
            {
                await Collections.LoadAsync(layer, [row], cancellationToken);
            }

            document = Build(layer, row is null ? [] : [row], isCollection: false, identifiersOnly, spec.IncludeRequested && !identifiersOnly);
            document.Links["self"] = links.RequestUrl;
        }

        if (identifiersOnly)
        {
            document.Links["related"] = links.Related(type, type.FormatId(id), relationship);
        }

        return document;
    }

    private async Task<Document> ReadPageAsync(ResourceType type, IQueryable source, QuerySpec spec, CancellationToken cancellationToken, bool identifiersOnly = false)
    {
        var layer = identifiersOnly ? ProjectionLayer.IdentifiersOnly(type) : ProjectionLayer.Build(type, spec.Include, spec.Fields);
        var total = await QueryExecution.CountAsync(source, type, cancellationToken);
        source = composer.OrderedPage(source, type, spec.Sort, (spec.PageNumber - 1) * spec.PageSize, spec.PageSize);
        var rows = await QueryExecution.ListAsync(composer.Project(source, layer), cancellationToken);
        await Collections.LoadAsync(layer, rows, cancellationToken);
        var includeRequested = spec.IncludeRequested && !identifiersOnly;
        var document = layer.TypesAppearOnce
            ? new Document
            {
                IsCollection = true,
                IdentifiersOnly = identifiersOnly,
                Rows = new RowDocument(layer, rows, links, composer.IncludedPageSize),
                IncludedRequested = includeRequested || layer.HasIncludes,
            }
            : Build(layer, rows, isCollection: true, identifiersOnly, includeRequested);
        AddPaging(document, spec, total);
        return document;
    }

    /// <summary>The definition's include and sort hooks of the primary type.</summary>
    private QuerySpec ApplyHooks(ResourceType type, QuerySpec spec)
    {
        var include = visibility.OnApplyIncludes(type, spec.Include);
        var sort = visibility.OnApplySort(type, spec.Sort);
        return ReferenceEquals(include, spec.Include) && ReferenceEquals(sort, spec.Sort) ? spec : spec with { Include = include, Sort = sort };
    }

    private IncludedCollections Collections => new(db, composer);

    private Document Build(ProjectionLayer layer, IReadOnlyList<ResourceRow> rows, bool isCollection, bool identifiersOnly = false, bool includeRequested = false)
    {
        var document = new DocumentBuilder(links, composer.IncludedPageSize).Build(layer, rows, isCollection, identifiersOnly);
        document.IncludedRequested = includeRequested || layer.HasIncludes;
        return document;
    }

    private void AddPaging(Document document, QuerySpec spec, int total)
    {
        var lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)spec.PageSize));
        document.Links["self"] = links.RequestUrl;
        document.Links["first"] = links.Page(1);
        document.Links["prev"] = spec.PageNumber > 1 ? links.Page(Math.Min(spec.PageNumber - 1, lastPage)) : null;
        document.Links["next"] = spec.PageNumber < lastPage ? links.Page(spec.PageNumber + 1) : null;
        document.Links["last"] = links.Page(lastPage);
        document.Meta["total"] = total;
    }
}
