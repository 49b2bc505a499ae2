using AdminPortal.Domain.Entities;
using JsonApi.Graph;
using static JsonApi.Graph.AttributeCapabilities;

namespace AdminPortal.Web.Api.Resources;

/// <summary>
/// <c>QueueGroup</c> at <c>/api/queue_groups</c>: menus reported together for service level. Its menus are set through
/// the resource (POST/PATCH with <c>relationships.menus</c>), so every change goes through the queue group service.
/// </summary>
public static class QueueGroupResource
{
    public static void AddTo(ResourceGraphBuilder graph) =>
        graph.Add<QueueGroup>("QueueGroup", "queue_groups", resource => resource
            .Attribute(g => g.NumericId, ReadOnly)
            .Attribute(g => g.Name)
            .Attribute(g => g.ServiceLevelSeconds)
            .Attribute(g => g.ServiceLevelTargetPercent)
            .HasMany(g => g.Menus)
            .DefaultSort("name")
            .Endpoints(ResourceEndpoints.Read | ResourceEndpoints.Post | ResourceEndpoints.Patch | ResourceEndpoints.Delete));
}
