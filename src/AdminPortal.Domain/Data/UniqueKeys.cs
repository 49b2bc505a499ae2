using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace AdminPortal.Domain.Data;

/// <summary>
/// What must be unique in an organisation (the unique indexes of the configurations) and what the user reads when a
/// write breaks it: agent email (case-insensitive), agent number, extension number, team and menu names among siblings
/// (case-insensitive, deleted ones aside), status names (case-insensitive) and WFM ids, queue group names.
/// The database enforces every rule; <see cref="Translate"/> turns its refusal into the field's message (422).
/// </summary>
public static class UniqueKeys
{
    /// <summary>Shadow columns the database keeps equal to <c>lower(email)</c> / <c>lower(name)</c>.</summary>
    public const string EmailKey = "EmailKey";
    public const string NameKey = "NameKey";

    private const string OrganisationId = nameof(IOrganisationOwned.OrganisationId);

    private static readonly Rule[] _rules =
    [
        new(typeof(Agent), [OrganisationId, EmailKey], nameof(Agent.Email), "email", EmailTaken),
        new(typeof(Agent), [OrganisationId, nameof(Agent.AgentNumber)], nameof(Agent.AgentNumber), "agent_number",
            v => $"The agent number '{v}' is already used by another agent."),
        new(typeof(Agent), [OrganisationId, nameof(Agent.ExtensionNumber)], nameof(Agent.ExtensionNumber), "extension_number",
            v => $"The extension number '{v}' is already used by another agent."),
        new(typeof(Team), [OrganisationId, nameof(Team.ParentId), NameKey], nameof(Team.Name), "name",
            v => $"A team named '{v}' already exists under the same parent team."),
        new(typeof(Team), [OrganisationId, NameKey], nameof(Team.Name), "name", v => $"A team named '{v}' already exists at the top level."),
        new(typeof(Menu), [OrganisationId, nameof(Menu.ParentId), NameKey], nameof(Menu.Name), "name",
            v => $"A menu named '{v}' already exists under the same parent menu."),
        new(typeof(Menu), [OrganisationId, NameKey], nameof(Menu.Name), "name", v => $"A menu named '{v}' already exists at the top level."),
        new(typeof(UserStatus), [OrganisationId, NameKey], nameof(UserStatus.Name), "name", v => UserStatusMessages.NameTaken(v ?? "")),
        new(typeof(UserStatus), [OrganisationId, nameof(UserStatus.WfmId)], nameof(UserStatus.WfmId), "wfm_id",
            v => $"The WFM id {v} is already used by another status."),
        new(typeof(QueueGroup), [OrganisationId, NameKey], nameof(QueueGroup.Name), "name", v => $"A queue group named '{v}' already exists."),
    ];

    public static string EmailTaken(string? email) => $"The email '{email}' is already used by another agent.";

    /// <summary>The domain refusal for a unique-index violation, or null when <paramref name="exception"/> is something else.</summary>
    public static DomainException? Translate(DbContext db, DbUpdateException exception)
    {
        if (ViolatedIndex(db.Model, exception.InnerException) is not { } index)
        {
            return null;
        }

        var entity = index.DeclaringEntityType;
        var properties = index.Properties.Select(p => p.Name).ToArray();
        var entry = exception.Entries.FirstOrDefault(e => e.Metadata == entity);
        var rule = _rules.FirstOrDefault(r => r.Entity == entity.ClrType && r.Properties.SequenceEqual(properties));
        if (rule is null)
        {
            var values = entry is null ? "" : $" ({string.Join(", ", properties.Select(p => entry.Property(p).CurrentValue))})";
            return new ConflictException($"{entity.ClrType.Name} {string.Join(", ", properties)}{values} is already used.");
        }

        var value = entry?.Property(rule.ValueProperty).CurrentValue;
        return ValidationFailedException.For(rule.Member, rule.Message(value?.ToString()));
    }

    private static IIndex? ViolatedIndex(IModel model, Exception? inner) => inner switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } name } =>
            model.GetEntityTypes().SelectMany(e => e.GetIndexes()).FirstOrDefault(i => i.GetDatabaseName() == name),
        SqliteException { SqliteErrorCode: 19 } sqlite when SqliteColumns(sqlite.Message) is { } columns =>
            model.GetEntityTypes().SelectMany(e => e.GetIndexes()).FirstOrDefault(i => Matches(i, columns)),
        _ => null,
    };

    /// <summary>"UNIQUE constraint failed: teams.organisation_id, teams.name_key" → the qualified columns.</summary>
    private static string[]? SqliteColumns(string message)
    {
        const string marker = "UNIQUE constraint failed: ";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var list = message[(start + marker.Length)..];
        var end = list.IndexOf('\'', StringComparison.Ordinal);
        return (end < 0 ? list : list[..end]).Trim().TrimEnd('.').Split(", ");
    }

    private static bool Matches(IIndex index, string[] qualifiedColumns)
    {
        var table = index.DeclaringEntityType.GetTableName();
        return index.IsUnique
            && index.Properties.Select(p => $"{table}.{p.GetColumnName()}").SequenceEqual(qualifiedColumns);
    }

    private sealed record Rule(Type Entity, string[] Properties, string ValueProperty, string Member, Func<string?, string> Message);
}
