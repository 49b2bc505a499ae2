namespace JsonApi.Definitions;

/// <summary>The kind of write a <see cref="ResourceWrite{TEntity}"/> describes.</summary>
public enum WriteKind
{
    Create,
    Update,

    /// <summary>Replaces a relationship (<c>PATCH /relationships/x</c>, atomic <c>update</c> with a relationship ref).</summary>
    SetRelationship,

    /// <summary>Adds to a to-many relationship (<c>POST /relationships/x</c>, atomic <c>add</c>).</summary>
    AddToRelationship,

    /// <summary>Removes from a to-many relationship (<c>DELETE /relationships/x</c>, atomic <c>remove</c>).</summary>
    RemoveFromRelationship,
}
