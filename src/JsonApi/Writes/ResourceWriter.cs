using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.Queries;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Writes;

/// <summary>
/// Runs every write of one request in one transaction (a definition whose writes commit themselves runs its own). A type
/// whose definition <c>HandlesWrites</c> is written only by its definition: creates, updates (whatever members they carry)
/// and relationship changes reach it as a typed resource whose related resources were checked to exist and be visible. Any
/// other type is written by the library (OnWriting → SaveChanges → OnWritten).
/// </summary>
internal sealed class ResourceWriter(DbContext db, QueryComposer composer, IServiceProvider services)
{
    public async Task<object> CreateAsync(WriteRequest write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        var members = write.Members();
        await type.DefinitionInvoker.AuthorizeAsync(services, new(ResourceOperation.Create, type, write.Id, Members: members), cancellationToken);
        if (type.Relationships.FirstOrDefault(r => !r.IsReadOnly && !r.IsToMany && IsRequired(type, r) && !write.ToOne.ContainsKey(r.PublicName)) is { } missing)
        {
            throw new MissingRelationshipException(missing.PublicName, type.PublicName, write.Pointer);
        }

        return await InTransactionAsync(type, async () =>
        {
            var entity = type.Factory();
            if (write.Id is not null)
            {
                (type.IdSetter ?? throw new InvalidOperationException($"The id of '{type.PublicName}' cannot be set."))(entity, write.Id);
            }

            ApplyAttributes(entity, write);
            if (type.DefinitionInvoker.HandlesWrites(services))
            {
                await ApplyStandInsAsync(entity, write, cancellationToken);
                return await type.DefinitionInvoker.CreateAsync(services, new(WriteKind.Create, entity, write.Id, members), cancellationToken);
            }

            await ApplyRelationshipsAsync(entity, write, cancellationToken);
            db.Add(entity);
            await SaveAsync(new(WriteKind.Create, entity, write.Id, members), type, cancellationToken);
            return type.IdGetter(entity);
        }, cancellationToken);
    }

    public async Task UpdateAsync(WriteRequest write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        var members = write.Members();
        await type.DefinitionInvoker.AuthorizeAsync(services, new(ResourceOperation.Update, type, write.Id, Members: members), cancellationToken);
        await InTransactionAsync(type, async () =>
        {
            if (type.DefinitionInvoker.HandlesWrites(services))
            {
                var stored = await LoadAsync(type, write.Id!, [], tracked: false, cancellationToken);
                ApplyAttributes(stored, write);
                await ApplyStandInsAsync(stored, write, cancellationToken);
                await type.DefinitionInvoker.UpdateAsync(services, new(WriteKind.Update, stored, write.Id, members), cancellationToken);
                return true;
            }

            var written = type.Relationships.Where(r => write.HasRelationship(r.PublicName));
            var entity = await LoadAsync(type, write.Id!, written, tracked: true, cancellationToken);
            ApplyAttributes(entity, write);
            await ApplyRelationshipsAsync(entity, write, cancellationToken);
            await SaveAsync(new(WriteKind.Update, entity, write.Id, members), type, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public async Task DeleteAsync(ResourceType type, object id, CancellationToken cancellationToken)
    {
        await type.DefinitionInvoker.AuthorizeAsync(services, new(ResourceOperation.Delete, type, id), cancellationToken);
        await InTransactionAsync(type, async () =>
        {
            if (type.DefinitionInvoker.HandlesWrites(services))
            {
                if (!await QueryExecution.AnyAsync(composer.WhereId(composer.WhereVisible(type.Source(db), type), type, id), type, cancellationToken))
                {
                    throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
                }

                await type.DefinitionInvoker.DeleteAsync(services, id, cancellationToken);
                return true;
            }

            var entity = await LoadAsync(type, id, [], tracked: true, cancellationToken);
            await type.DefinitionInvoker.OnDeletingAsync(services, entity, cancellationToken);
            db.Remove(entity);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>PATCH (replace), POST (add) and DELETE (remove) on <c>/relationships/{name}</c>.</summary>
    public async Task ChangeRelationshipAsync(WriteRequest write, ResourceRelationship relationship, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        var members = new TargetedMembers([], [relationship]);
        await type.DefinitionInvoker.AuthorizeAsync(services,
            new(ResourceOperation.ChangeRelationship, type, write.Id, relationship, members), cancellationToken);
        await InTransactionAsync(type, async () =>
        {
            if (type.DefinitionInvoker.HandlesWrites(services))
            {
                var stored = await LoadAsync(type, write.Id!, [], tracked: false, cancellationToken);
                await ApplyStandInsAsync(stored, write, cancellationToken);
                await type.DefinitionInvoker.UpdateAsync(services, new(write.Kind, stored, write.Id, members), cancellationToken);
                return true;
            }

            var entity = await LoadAsync(type, write.Id!, [relationship], tracked: true, cancellationToken);
            if (!relationship.IsToMany)
            {
                await ApplyRelationshipsAsync(entity, write, cancellationToken);
            }
            else
            {
                var ids = write.ToMany[relationship.PublicName];
                var related = await LoadRelatedAsync(relationship.RightType, ids, write.Pointer, cancellationToken);
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

            await SaveAsync(new(write.Kind, entity, write.Id, members), type, cancellationToken);
            return true;
        }, cancellationToken);
    }

    private async Task SaveAsync(WriteArguments write, ResourceType type, CancellationToken cancellationToken)
    {
        await type.DefinitionInvoker.OnWritingAsync(services, write, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await type.DefinitionInvoker.OnWrittenAsync(services, write, cancellationToken);
    }

    private static void ApplyAttributes(object entity, WriteRequest write)
    {
        foreach (var (name, value) in write.Attributes)
        {
            write.ResourceType.FindAttribute(name)!.Setter!(entity, value);
        }
    }

    /// <summary>Points the sent relationships of an untracked resource at stand-ins of their right resources (only their ids),
    /// after checking that each exists and is visible; a to-one relationship also sets the foreign key it maps to.</summary>
    private async Task ApplyStandInsAsync(object entity, WriteRequest write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        foreach (var (name, id) in write.ToOne)
        {
            var relationship = type.FindRelationship(name)!;
            var pointer = write.RelationshipPointer(name);
            if (id is null && IsRequired(type, relationship))
            {
                throw new InvalidRequestBodyException($"Relationship '{name}' is required and cannot be cleared.", pointer);
            }

            var standIn = id is null ? null : (await StandInsAsync(relationship.RightType, [id], pointer, cancellationToken))[0];
            (relationship.Setter ?? throw new ReadOnlyMemberException(name, type.PublicName, pointer))(entity, standIn);
            if (ForeignKeyOf(type, relationship) is { } foreignKey)
            {
                foreignKey.SetValue(entity, id);
            }
        }

        foreach (var (name, ids) in write.ToMany)
        {
            var relationship = type.FindRelationship(name)!;
            var collection = relationship.NewCollection!();
            foreach (var standIn in await StandInsAsync(relationship.RightType, ids, write.RelationshipPointer(name), cancellationToken))
            {
                relationship.AddToCollection!(collection, standIn);
            }

            (relationship.Setter ?? throw new ReadOnlyMemberException(name, type.PublicName, write.RelationshipPointer(name)))(entity, collection);
        }
    }

    private async Task<List<object>> StandInsAsync(ResourceType type, IReadOnlyList<object> ids, string pointer, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var found = (await QueryExecution.IdsAsync(composer.WhereIdIn(composer.WhereVisible(type.Source(db), type), type, [.. ids]), type, cancellationToken)).ToHashSet();
        if (ids.FirstOrDefault(id => !found.Contains(id)) is { } missing)
        {
            throw new ResourceNotFoundException(type.PublicName, type.FormatId(missing), pointer);
        }

        return [.. ids.Select(id =>
        {
            var standIn = type.Factory();
            type.IdSetter!(standIn, id);
            return standIn;
        })];
    }

    private async Task ApplyRelationshipsAsync(object entity, WriteRequest write, CancellationToken cancellationToken)
    {
        var type = write.ResourceType;
        foreach (var (name, id) in write.ToOne)
        {
            var relationship = type.FindRelationship(name)!;
            var pointer = write.RelationshipPointer(name);
            if (id is null && IsRequired(type, relationship))
            {
                throw new InvalidRequestBodyException($"Relationship '{name}' is required and cannot be cleared.", pointer);
            }

            var related = id is null ? null : (await LoadRelatedAsync(relationship.RightType, [id], pointer, cancellationToken))[0];
            (relationship.Setter ?? throw new ReadOnlyMemberException(name, type.PublicName, pointer))(entity, related);
        }

        foreach (var (name, ids) in write.ToMany)
        {
            var relationship = type.FindRelationship(name)!;
            var related = await LoadRelatedAsync(relationship.RightType, ids, write.RelationshipPointer(name), cancellationToken);
            ReplaceOrAdd(Collection(entity, relationship), relationship, relationship.GetItems(entity).ToList(), related, replace: true);
        }
    }

    /// <summary>Whether EF Core maps the to-one navigation on the dependent side of a required foreign key.</summary>
    private bool IsRequired(ResourceType type, ResourceRelationship relationship)
    {
        var navigation = db.Model.FindEntityType(type.ClrType)?.FindNavigation(relationship.Property.Name);
        return navigation is { IsOnDependent: true, ForeignKey.IsRequired: true };
    }

    /// <summary>The CLR property of the single-column foreign key a dependent to-one navigation maps to.</summary>
    private System.Reflection.PropertyInfo? ForeignKeyOf(ResourceType type, ResourceRelationship relationship)
    {
        var navigation = db.Model.FindEntityType(type.ClrType)?.FindNavigation(relationship.Property.Name);
        return navigation is { IsOnDependent: true, ForeignKey.Properties: [{ PropertyInfo: { CanWrite: true } property }] } ? property : null;
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

    private async Task<object> LoadAsync(ResourceType type, object id, IEnumerable<ResourceRelationship> includes, bool tracked, CancellationToken cancellationToken)
    {
        var source = composer.WhereId(composer.WhereVisible(type.Source(db), type), type, id);
        var entities = await QueryExecution.EntitiesAsync(source, type, includes, tracked, cancellationToken);
        return entities.Count > 0 ? entities[0] : throw new ResourceNotFoundException(type.PublicName, type.FormatId(id));
    }

    private async Task<List<object>> LoadRelatedAsync(ResourceType type, IReadOnlyList<object> ids, string pointer, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var source = composer.WhereIdIn(composer.WhereVisible(type.Source(db), type), type, ids.ToList());
        var entities = await QueryExecution.EntitiesAsync(source, type, [], tracked: true, cancellationToken);
        var found = entities.ToDictionary(type.IdGetter);
        var missing = ids.FirstOrDefault(id => !found.ContainsKey(id));
        if (missing is not null)
        {
            throw new ResourceNotFoundException(type.PublicName, type.FormatId(missing), pointer);
        }

        return [.. ids.Select(id => found[id])];
    }

    /// <summary>Runs the write in the request's transaction (opening one unless it is open, or the type's definition writes
    /// commit themselves).</summary>
    private async Task<T> InTransactionAsync<T>(ResourceType type, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null || type.DefinitionInvoker.WritesCommitThemselves(services))
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
