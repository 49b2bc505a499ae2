using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;
using JsonApi.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Queries;

/// <summary>Runs GET requests: a fixed number of SQL commands per endpoint, whatever the page size or includes.</summary>
internal sealed class ResourceReader(DbContext db, QueryComposer composer, LinkBuilder links)
{
    /// <summary>Two commands: the count and the page.</summary>
    public async Task<Document> ReadCollectionAsync(ResourceType type, QuerySpec spec, CancellationToken cancellationToken)
    {
        var source = composer.WhereBase(type.Source(db), type);
        return await ReadPageAsync(type, source, spec, cancellationToken);
    }

    /// <summary>One command.</summary>
    public async Task<Document> ReadOneAsync(ResourceType type, object id, QuerySpec spec, CancellationToken cancellationToken)
    {
        var layer = ProjectionLayer.Build(type, spec.Include, spec.Fields);
        var source = composer.WhereId(composer.WhereBase(type.Source(db), type), type, id);
        var row = await composer.Project(source, layer).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
        var document = new DocumentBuilder(links).Build(layer, [row], isCollection: false);
        document.Links["self"] = links.RequestUrl;
        return document;
    }

    /// <summary><c>/articles/1/comments</c> or, with <paramref name="identifiersOnly"/>, <c>/articles/1/relationships/comments</c>.</summary>
    public async Task<Document> ReadRelatedAsync(ResourceType type, object id, ResourceRelationship relationship, QuerySpec spec, bool identifiersOnly, CancellationToken cancellationToken)
    {
        var primary = composer.WhereId(composer.WhereBase(type.Source(db), type), type, id);
        if (!await QueryExecution.AnyAsync(primary, type, cancellationToken))
        {
            throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
        }

        var right = relationship.RightType;
        var source = composer.WhereBase(QueryComposer.Navigate(primary, type, relationship), right);
        Document document;
        if (relationship.IsToMany)
        {
            document = await ReadPageAsync(right, source, spec, cancellationToken, identifiersOnly);
        }
        else
        {
            var layer = identifiersOnly ? ProjectionLayer.IdentifiersOnly(right) : ProjectionLayer.Build(right, spec.Include, spec.Fields);
            var row = await composer.Project(source, layer).FirstOrDefaultAsync(cancellationToken);
            document = new DocumentBuilder(links).Build(layer, row is null ? [] : [row], isCollection: false, identifiersOnly);
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
        source = composer.WhereFilter(source, type, spec.Filter);
        var total = await QueryExecution.CountAsync(source, type, cancellationToken);
        source = composer.OrderBy(source, type, spec.Sort);
        source = QueryComposer.Page(source, type, (spec.PageNumber - 1) * spec.PageSize, spec.PageSize);
        var rows = await QueryExecution.ListAsync(composer.Project(source, layer), cancellationToken);
        var document = new DocumentBuilder(links).Build(layer, rows, isCollection: true, identifiersOnly);
        AddPaging(document, spec, total);
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
