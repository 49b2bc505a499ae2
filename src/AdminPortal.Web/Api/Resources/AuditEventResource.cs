using AdminPortal.Domain.Entities;
using JsonApi.Graph;
using static JsonApi.Graph.AttributeCapabilities;

namespace AdminPortal.Web.Api.Resources;

/// <summary>
/// <c>AuditEvent</c> at <c>/api/audit_events</c>, read-only, newest first: every write an admin or supervisor (or an API
/// credential) made. <c>changes</c> is an object keyed by member: <c>{"before": …, "after": …}</c>, <c>{"changed": true}</c>
/// for a password or secret, <c>{"added": [ids], "removed": [ids]}</c> for members. Filter by actor
/// (<c>equals(actor.id,'…')</c>), resource (<c>equals(resource_type,'Team')</c>, <c>equals(resource_id,'…')</c>) and time
/// (<c>greaterOrEqual(occurred_at,'2026-01-05T00:00:00Z')</c>). <c>actor_name</c> keeps the actor's name as it was; an
/// organisation credential acts with no <c>actor</c>.
/// </summary>
public static class AuditEventResource
{
    private const AttributeCapabilities Shown = View;

    public static void AddTo(ResourceGraphBuilder graph) =>
        graph.Add<AuditEvent>("AuditEvent", "audit_events", resource => resource
            .Attribute(e => e.Action, ReadOnly)
            .Attribute(e => e.ResourceType, ReadOnly)
            .Attribute(e => e.ResourceId, ReadOnly)
            .Attribute(e => e.ResourceName, ReadOnly)
            .Attribute(e => e.Changes, Shown)
            .Attribute(e => e.OccurredAt, ReadOnly)
            .Attribute(e => e.Source, ReadOnly)
            .Attribute(e => e.ActorName, ReadOnly)
            .HasOne(e => e.Actor, readOnly: true)
            .DefaultSort("-occurred_at")
            .Endpoints(ResourceEndpoints.Read));
}
