using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.Queries;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Writes;

/// <summary>Runs writes through the definitions' hooks: custom handling when a definition takes over, otherwise
/// the library's own, in one transaction (OnWriting → SaveChanges → OnWritten).</summary>
internal sealed class ResourceWriter(DbContext db, QueryComposer composer, IServiceProvider services)
{
    public async Task<object> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        await type.DefinitionInvoker.AuthorizeAsync(services, new(ResourceOperation.Create, type, write.Id, Write: write), cancellationToken);
        if (await type.DefinitionInvoker.CreateAsync(services, write, cancellationToken) is { } customId)
        {
            return customId;
        }

        var entity = type.Factory();
        if (write.Id is not null)
        {
            (type.IdSetter ?? throw new InvalidOperationException($"The id of '{type.PublicName}' cannot be set."))(entity, write.Id);
        }

        await InTransactionAsync(async () =>
        {
            ApplyAttributes(entity, write);
            await ApplyRelationshipsAsync(entity, write, cancellationToken);
            db.Add(entity);
            await SaveAsync(entity, write, cancellationToken);
        }, cancellationToken);
        return type.IdGetter(entity);
    }

    public async Task UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        await type.DefinitionInvoker.AuthorizeAsync(services, new(ResourceOperation.Update, type, write.Id, Write: write), cancellationToken);
        if (await type.DefinitionInvoker.UpdateAsync(services, write, cancellationToken))
        {
            return;
        }

        await InTransactionAsync(async () =>
        {
            var written = type.Relationships.Where(r => write.HasRelationship(r.PublicName));
            var entity = await LoadAsync(type, write.Id!, written, cancellationToken);
            ApplyAttributes(entity, write);
            await ApplyRelationshipsAsync(entity, write, cancellationToken);
            await SaveAsync(entity, write, cancellationToken);
        }, cancellationToken);
    }

    public async Task DeleteAsync(ResourceType type, object id, CancellationToken cancellationToken)
    {
        await type.DefinitionInvoker.AuthorizeAsync(services, new(ResourceOperation.Delete, type, id), cancellationToken);
        if (await type.DefinitionInvoker.DeleteAsync(services, id, cancellationToken))
        {
            return;
        }

        await InTransactionAsync(async () =>
        {
            var entity = await LoadAsync(type, id, [], cancellationToken);
            await type.DefinitionInvoker.OnDeletingAsync(services, entity, cancellationToken);
            db.Remove(entity);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>PATCH (replace), POST (add) and DELETE (remove) on <c>/relationships/{name}</c>.</summary>
    public async Task ChangeRelationshipAsync(ResourceWrite write, ResourceRelationship relationship, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        await type.DefinitionInvoker.AuthorizeAsync(services,
            new(ResourceOperation.ChangeRelationship, type, write.Id, relationship, write), cancellationToken);
        await InTransactionAsync(async () =>
        {
            var entity = await LoadAsync(type, write.Id!, [relationship], cancellationToken);
            if (!relationship.IsToMany)
            {
                await ApplyRelationshipsAsync(entity, write, cancellationToken);
            }
            else
            {
                var ids = write.ToManyIds[relationship.PublicName];
                var related = await LoadRelatedAsync(relationship.RightType, ids, "/data", cancellationToken);
                var collection = Collection(entity, relationship);
                var rightType = relationship.RightType;
                var current = relationship.GetItems(entity).ToList();
                if (write.Kind == WriteKind.RemoveFromRelationship)
                {
                    var removed = ids.ToHashSet();
                    foreach (var item in current.Where(item => removed.Contains(rightType.IdGetter(item))))
                    {
                        relationship.RemoveFromCollection!(collection, item);
                    }
                }
                else
                {
                    ReplaceOrAdd(collection, relationship, current, related, replace: write.Kind == WriteKind.SetRelationship);
                }
            }

            await SaveAsync(entity, write, cancellationToken);
        }, cancellationToken);
    }

    private async Task SaveAsync(object entity, ResourceWrite write, CancellationToken cancellationToken)
    {
        var invoker = write.ResourceType.DefinitionInvoker;
        await invoker.OnWritingAsync(services, entity, write, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invoker.OnWrittenAsync(services, entity, write, cancellationToken);
    }

    private static void ApplyAttributes(object entity, ResourceWrite write)
    {
        foreach (var (name, value) in write.AttributeValues)
        {
            write.ResourceType.FindAttribute(name)!.Setter!(entity, value);
        }
    }

    private async Task ApplyRelationshipsAsync(object entity, ResourceWrite write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        foreach (var (name, id) in write.ToOneIds)
        {
            var relationship = type.FindRelationship(name)!;
            var pointer = write.Kind == WriteKind.SetRelationship ? "/data" : $"/data/relationships/{name}/data";
            var related = id is null ? null : (await LoadRelatedAsync(relationship.RightType, [id], pointer, cancellationToken))[0];
            (relationship.Setter ?? throw new ReadOnlyMemberException(name, type.PublicName, pointer))(entity, related);
        }

        foreach (var (name, ids) in write.ToManyIds)
        {
            var relationship = type.FindRelationship(name)!;
            var related = await LoadRelatedAsync(relationship.RightType, ids, $"/data/relationships/{name}/data", cancellationToken);
            ReplaceOrAdd(Collection(entity, relationship), relationship, relationship.GetItems(entity).ToList(), related, replace: true);
        }
    }

    private static void ReplaceOrAdd(object collection, ResourceRelationship relationship, List<object> current, List<object> wanted, bool replace)
    {
        var rightType = relationship.RightType;
        var wantedIds = wanted.Select(rightType.IdGetter).ToHashSet();
        var currentIds = current.Select(rightType.IdGetter).ToHashSet();
        if (replace)
        {
            foreach (var item in current.Where(item => !wantedIds.Contains(rightType.IdGetter(item))))
            {
                relationship.RemoveFromCollection!(collection, item);
            }
        }

        foreach (var item in wanted.Where(item => !currentIds.Contains(rightType.IdGetter(item))))
        {
            relationship.AddToCollection!(collection, item);
        }
    }

    private static object Collection(object entity, ResourceRelationship relationship)
    {
        if (relationship.Getter(entity) is { } collection)
        {
            return collection;
        }

        var created = relationship.NewCollection!();
        relationship.Setter!(entity, created);
        return created;
    }

    private async Task<object> LoadAsync(ResourceType type, object id, IEnumerable<ResourceRelationship> includes, CancellationToken cancellationToken)
    {
        var source = composer.WhereId(composer.WhereBase(type.Source(db), type), type, id);
        var entities = await QueryExecution.EntitiesAsync(source, type, includes, cancellationToken);
        return entities.Count > 0 ? entities[0] : throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
    }

    private async Task<List<object>> LoadRelatedAsync(ResourceType type, IReadOnlyList<object> ids, string pointer, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var source = composer.WhereIdIn(composer.WhereBase(type.Source(db), type), type, ids.ToList());
        var entities = await QueryExecution.EntitiesAsync(source, type, [], cancellationToken);
        var found = entities.ToDictionary(type.IdGetter);
        var missing = ids.FirstOrDefault(id => !found.ContainsKey(id));
        if (missing is not null)
        {
            throw new ResourceNotFoundException(type.PublicName, type.FormatId(missing), pointer);
        }

        return [.. ids.Select(id => found[id])];
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
