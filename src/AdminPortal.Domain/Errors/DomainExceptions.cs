namespace AdminPortal.Domain.Errors;

/// <summary>A refusal the user can read and act on. The API maps each kind to one status code in one place.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>A business rule refused the change (400), e.g. "Agent can't be changed to system status 'In-call'".</summary>
public sealed class RuleViolationException(string message) : DomainException(message);

/// <summary>Input failed validation (422); <see cref="Errors"/> maps a member name (snake_case) to its message.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string> errors)
    : DomainException(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public static ValidationFailedException For(string member, string message) => new(new Dictionary<string, string> { [member] = message });
}

/// <summary>The actor may not do this (403).</summary>
public sealed class PermissionDeniedException(string message) : DomainException(message);

/// <summary>
/// No such row in the caller's organisation (404); another organisation's rows are never told apart from missing ones.
/// <see cref="Id"/> is the id the caller named: a UUID, or a numeric id of the seed APIs.
/// </summary>
public sealed class EntityNotFoundException : DomainException
{
    public EntityNotFoundException(string entity, object id)
        : this(entity, id, $"{entity} '{id}' does not exist.")
    {
    }

    public EntityNotFoundException(string entity, object id, string message)
        : base(message)
    {
        Entity = entity;
        Id = id;
    }

    public string Entity { get; }
    public object Id { get; }
}

/// <summary>The change clashes with existing data (409), e.g. a duplicate assignment or a stale version.</summary>
public sealed class ConflictException(string message) : DomainException(message);
