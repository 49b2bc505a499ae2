using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// Turns the pending changes of a DbContext into audit events, just before they are saved (so the events commit or roll
/// back with the write): one event per added, changed or deleted row of an audited type whose recorded members changed,
/// and one per team (or agent) whose members changed. Rows of other types, and changes of system-kept members only
/// (an agent's status), make none.
/// </summary>
internal static class AuditTrail
{
    public static IReadOnlyList<AuditEvent> Collect(DbContext db, AuditOrigin origin, DateTime now, Guid? tenant)
    {
        var events = new List<AuditEvent>();
        var memberships = new List<TeamMembershipChange>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (TeamMembershipChange.From(entry) is { } membership)
            {
                memberships.Add(membership);
            }
            else if (AuditPolicy.For(entry.Metadata.ClrType) is { } policy && EventOf(entry, policy) is { } audited)
            {
                events.Add(audited);
            }
        }

        events.AddRange(TeamMembershipChange.EventsOf(memberships, db, tenant));
        foreach (var audited in events)
        {
            audited.OccurredAt = now;
            audited.ActorId = origin.AgentId;
            audited.CredentialId = origin.CredentialId;
            audited.ActorName = origin.ActorName;
            audited.Source = origin.Source;
        }

        return events;
    }

    private static AuditEvent? EventOf(EntityEntry entry, AuditedType policy)
    {
        var changes = new AuditChangeSet();
        var changed = new List<string>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var recorded = policy.Records(name);
            var secret = policy.IsSecret(name);
            if (!recorded && !secret)
            {
                continue;
            }

            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (Equals(before, after) || (entry.State != EntityState.Modified && IsEmpty(before ?? after)))
            {
                continue;
            }

            changed.Add(name);
            if (secret)
            {
                changes.Secret(AuditPolicy.WireName(name));
            }
            else
            {
                changes.Value(AuditPolicy.WireName(name), before, after);
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        return new AuditEvent
        {
            OrganisationId = OrganisationOf(entry.Entity),
            ActorName = "",
            Action = ActionOf(entry, policy, changed),
            ResourceType = policy.ResourceType,
            ResourceId = (Guid)entry.Property("Id").CurrentValue!,
            ResourceName = NameOf(entry.Entity),
            Changes = changes.ToJson(),
            Source = "",
        };
    }

    private static string ActionOf(EntityEntry entry, AuditedType policy, List<string> changed)
    {
        if (entry.State != EntityState.Modified)
        {
            return entry.State == EntityState.Added ? AuditActions.Create : AuditActions.Delete;
        }

        if (changed.Contains(nameof(Agent.DeactivatedAt)))
        {
            return entry.Property(nameof(Agent.DeactivatedAt)).CurrentValue is null ? AuditActions.Reactivate : AuditActions.Deactivate;
        }

        if (changed.Contains(nameof(Team.Deleted)))
        {
            return entry.Property(nameof(Team.Deleted)).CurrentValue is true ? AuditActions.Delete : AuditActions.Restore;
        }

        if (changed.Contains(nameof(ApiCredential.RevokedAt)) && entry.Property(nameof(ApiCredential.RevokedAt)).CurrentValue is not null)
        {
            return AuditActions.Revoke;
        }

        return changed.All(policy.IsSecret) && entry.Entity is Agent ? AuditActions.ChangePassword : AuditActions.Update;
    }

    /// <summary>A created or deleted row lists only the members that hold something.</summary>
    private static bool IsEmpty(object? value) => value is null or "" or false;

    private static Guid OrganisationOf(object entity) => entity switch
    {
        IOrganisationOwned owned => owned.OrganisationId,
        Organisation organisation => organisation.Id,
        _ => throw new InvalidOperationException($"{entity.GetType().Name} belongs to no organisation."),
    };

    /// <summary>The name the row goes by, for reading the trail after a rename or a delete.</summary>
    internal static string? NameOf(object entity) => entity switch
    {
        Agent agent => AgentName.Of(agent.FirstName, agent.MiddleName, agent.LastName),
        Team team => team.Name,
        Menu menu => menu.Name,
        UserStatus status => status.Name,
        QueueGroup group => group.Name,
        ApiCredential credential => credential.Name,
        Organisation organisation => organisation.Name,
        _ => null,
    };
}
