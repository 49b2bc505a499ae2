using System.Text.Json;

namespace AdminPortal.Domain.Entities;

/// <summary>
/// One write an admin or supervisor made (or an integration through an API credential): who (<see cref="ActorId"/>, or
/// <see cref="CredentialId"/> when no agent acted; <see cref="ActorName"/> as it was then), what (<see cref="Action"/> on
/// <see cref="ResourceType"/> <see cref="ResourceId"/>), the changed members before and after (<see cref="Changes"/>, a JSON
/// object), when and from where (<see cref="Source"/>). Written by the DbContext in the transaction of the write itself
/// (see <c>Audit.AuditTrail</c>); never changed afterwards.
/// </summary>
public sealed class AuditEvent : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The acting agent; null when an organisation credential acted.</summary>
    public Guid? ActorId { get; set; }
    public Agent? Actor { get; set; }

    /// <summary>The API credential the request signed in with, if any.</summary>
    public Guid? CredentialId { get; set; }

    /// <summary>The agent's (or credential's) name when it acted, so the entry reads the same after renames.</summary>
    public required string ActorName { get; set; }

    /// <summary>create, update, delete, restore, add_members, remove_members, deactivate, reactivate, change_password, revoke.</summary>
    public required string Action { get; set; }

    /// <summary>The resource's type as on the wire: Agent, Team, Menu, AgentAssignment, …</summary>
    public required string ResourceType { get; set; }

    public Guid ResourceId { get; set; }

    /// <summary>The resource's name when it was written (null for rows without one, such as assignments).</summary>
    public string? ResourceName { get; set; }

    /// <summary>
    /// A JSON object keyed by member name: <c>{"before": …, "after": …}</c> for a value, <c>{"changed": true}</c> for a
    /// secret (a password or an API secret: never the value nor its hash), <c>{"added": […], "removed": […]}</c> for members.
    /// </summary>
    public JsonElement Changes { get; set; }

    /// <summary><c>portal</c>, <c>api</c> (the JSON:API), or the route of another endpoint (a seed dialect, the intake).</summary>
    public required string Source { get; set; }
}
