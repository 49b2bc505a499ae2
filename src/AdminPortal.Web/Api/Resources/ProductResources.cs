using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using JsonApi.Graph;
using static JsonApi.Graph.AttributeCapabilities;

namespace AdminPortal.Web.Api.Resources;

/// <summary>
/// The product's resources on the wire (DESIGN.md "Resources on the wire"): PascalCase types, snake_case
/// members and plural routes, UUID string ids. Links between resources are relationships (writable where the link may change:
/// a team's or menu's <c>parent</c>, a team's <c>agents</c> and an agent's <c>teams</c>, an assignment's <c>menu</c>, <c>agent</c>
/// and <c>team</c>), never foreign-key attributes, except seed 000's <c>sip_user_id</c> and <c>changed_by_user_id</c>.
/// Computed members are read-only; an agent's <c>name</c> and a team's <c>agents_count</c> are stored (kept by the domain), so
/// lists sort and filter by them on an index. Status changes go through <c>POST /api/operator_statuses</c> only, so an agent's
/// <c>status</c> relationship is read-only.
/// </summary>
public static class ProductResources
{
    private const AttributeCapabilities Settable = View | Create | Filter | Sort;
    private const ResourceEndpoints History = ResourceEndpoints.Read | ResourceEndpoints.Post;

    /// <summary>Adds every resource type of the product to the JSON:API graph.</summary>
    public static void AddTo(ResourceGraphBuilder graph)
    {
        graph.Add<Organisation>("Organisation", "organisations", resource => resource
            .Attribute(o => o.Name, ReadOnly)
            .Attribute(o => o.Subdomain, ReadOnly)
            .Attribute(o => o.ApiRateLimitPerSecond, ReadOnly | Change)
            .Attribute(o => o.WrapUpSeconds, ReadOnly | Change)
            .Attribute(o => o.ServiceLevelSeconds, ReadOnly | Change)
            .Attribute(o => o.ServiceLevelTargetPercent, ReadOnly | Change)
            .Attribute(o => o.CreatedAt, ReadOnly)
            .HasMany(o => o.Agents, readOnly: true)
            .HasMany(o => o.Teams, readOnly: true)
            .HasMany(o => o.Menus, readOnly: true)
            .HasMany(o => o.UserStatuses, readOnly: true)
            .Endpoints(ResourceEndpoints.Read | ResourceEndpoints.Patch));

        graph.Add<Agent>("Agent", "agents", resource => resource
            .Attribute(a => a.NumericId, ReadOnly)
            .Attribute(a => a.Email)
            .Attribute(a => a.FirstName)
            .Attribute(a => a.MiddleName)
            .Attribute(a => a.LastName)
            .Attribute(a => a.Name, ReadOnly)
            .Attribute(a => a.AgentNumber)
            .Attribute(a => a.ExtensionNumber)
            .Attribute(a => a.AvatarUrl)
            .Attribute(a => a.Role, publicName: "roles")
            .Attribute(a => a.Location)
            .Computed("online", a => a.Status!.Category != StatusCategory.Offline)
            .Computed("wrap_up", a => a.Status!.BuiltInId == BuiltInStatuses.WrapUp.BuiltInId)
            .Attribute(a => a.StatusUpdatedAt, ReadOnly)
            .Attribute(a => a.LastLoginTime, ReadOnly)
            .Attribute(a => a.CreatedAt, ReadOnly)
            .Attribute(a => a.CallCount, ReadOnly)
            .Attribute(a => a.ChatCount, ReadOnly)
            .Attribute(a => a.DeactivatedAt, ReadOnly)
            .Computed("deactivated", a => a.DeactivatedAt != null)
            .HasOne(a => a.Organisation, readOnly: true)
            .HasOne(a => a.Status, readOnly: true)
            .HasOne(a => a.NextStatus, readOnly: true)
            .HasMany(a => a.Teams)
            .HasMany(a => a.AgentAssignments, readOnly: true)
            .HasMany(a => a.OperatorStatuses, readOnly: true)
            .HasMany(a => a.ActivityLogs, readOnly: true)
            .Endpoints(ResourceEndpoints.All & ~ResourceEndpoints.Delete));

        graph.Add<Team>("Team", "teams", resource => resource
            .Attribute(t => t.NumericId, ReadOnly)
            .Attribute(t => t.Name)
            .Attribute(t => t.Position)
            .Attribute(t => t.Deleted, ReadOnly)
            .Attribute(t => t.AgentsCount, ReadOnly)
            .HasOne(t => t.Organisation, readOnly: true)
            .HasOne(t => t.Parent)
            .HasMany(t => t.Children, readOnly: true)
            .HasMany(t => t.Agents)
            .HasMany(t => t.TeamAssignments, readOnly: true));

        graph.Add<Menu>("Menu", "menus", resource => resource
            .Attribute(m => m.NumericId, ReadOnly)
            .Attribute(m => m.ServiceLevelSeconds)
            .Attribute(m => m.WrapUpSeconds)
            .HasOne(m => m.QueueGroup, readOnly: true)
            .Attribute(m => m.Name)
            .Attribute(m => m.Position)
            .Attribute(m => m.Deleted, ReadOnly)
            .Attribute(m => m.Hidden)
            .Attribute(m => m.MenuType)
            .Attribute(m => m.OutputMsg)
            .HasOne(m => m.Organisation, readOnly: true)
            .HasOne(m => m.Parent)
            .HasMany(m => m.Children, readOnly: true)
            .HasMany(m => m.AgentAssignments, readOnly: true)
            .HasMany(m => m.TeamAssignments, readOnly: true));

        graph.Add<AgentAssignment>("AgentAssignment", "agent_assignments", resource => resource
            .Attribute(a => a.Lang)
            .Attribute(a => a.QueueLevel)
            .Attribute(a => a.ChannelType)
            .Attribute(a => a.SkillLevel)
            .HasOne(a => a.Menu)
            .HasOne(a => a.Agent));

        graph.Add<TeamAssignment>("TeamAssignment", "team_assignments", resource => resource
            .Attribute(a => a.Lang)
            .Attribute(a => a.QueueLevel)
            .Attribute(a => a.ChannelType)
            .HasOne(a => a.Menu)
            .HasOne(a => a.Team));

        graph.Add<UserStatus>("UserStatus", "user_statuses", resource => resource
            .Attribute(s => s.NumericId, ReadOnly)
            .Attribute(s => s.Name)
            .Attribute(s => s.Color)
            .Attribute(s => s.WfmId)
            .Attribute(s => s.System, ReadOnly)
            .Computed("built_in", s => s.BuiltInId != null)
            .Attribute(s => s.Category)
            .Attribute(s => s.Position, ReadOnly)
            .Attribute(s => s.Deleted, ReadOnly)
            .HasOne(s => s.Organisation, readOnly: true));

        graph.Add<OperatorStatus>("OperatorStatus", "operator_statuses", resource => resource
            .Attribute(o => o.SipUserId, Settable)
            .Computed("agent_name", o => o.SipUser!.Name)
            .Attribute(o => o.Status, Settable)
            .Attribute(o => o.Source, Settable)
            .Attribute(o => o.ChangedByUserId, ReadOnly)
            .Attribute(o => o.CreatedAt, ReadOnly)
            .HasOne(o => o.SipUser, readOnly: true)
            .HasOne(o => o.ChangedByUser, readOnly: true)
            .HasOne(o => o.Organisation, readOnly: true)
            .HasOne(o => o.UserStatus, readOnly: true)
            .DefaultSort("-created_at")
            .Endpoints(History));

        graph.Add<AgentActivityLog>("AgentActivityLog", "agent_activity_logs", resource => resource
            .Attribute(l => l.NumericId, ReadOnly)
            .Attribute(l => l.Activity, ReadOnly)
            .Attribute(l => l.StartedAt, ReadOnly)
            .Attribute(l => l.EndedAt, ReadOnly)
            .Attribute(l => l.Duration, ReadOnly)
            .HasOne(l => l.Agent, readOnly: true)
            .HasOne(l => l.Whodunnit, readOnly: true)
            .HasOne(l => l.Status, readOnly: true)
            .HasOne(l => l.Call, readOnly: true)
            .HasOne(l => l.Chat, readOnly: true)
            .DefaultSort("-started_at")
            .Endpoints(ResourceEndpoints.Read));

        graph.Add<Call>("Call", "calls", resource => resource
            .Attribute(c => c.NumericId, ReadOnly)
            .Attribute(c => c.CallType, ReadOnly)
            .Attribute(c => c.Status, ReadOnly, "call_status")
            .Attribute(c => c.FailReason, ReadOnly, "call_fail_reason")
            .Attribute(c => c.Lang, ReadOnly)
            .Attribute(c => c.EndUserId, ReadOnly)
            .Attribute(c => c.SupportNumber, ReadOnly)
            .Attribute(c => c.Verified, ReadOnly)
            .Attribute(c => c.Rating, ReadOnly)
            .Attribute(c => c.ServiceLevelEvent, ReadOnly)
            .Attribute(c => c.CreatedAt, ReadOnly)
            .Attribute(c => c.QueuedAt, ReadOnly)
            .Attribute(c => c.AssignedAt, ReadOnly)
            .Attribute(c => c.ConnectedAt, ReadOnly)
            .Attribute(c => c.EndedAt, ReadOnly)
            .Attribute(c => c.CallDuration, ReadOnly)
            .Attribute(c => c.HoldDuration, ReadOnly)
            .Attribute(c => c.WaitDuration, ReadOnly)
            .Computed("queue_duration", c => c.WaitDuration)
            .Computed("ends_at", c => c.EndedAt)
            .Computed("on_hold", c => c.HoldStartedAt != null)
            .Attribute(c => c.ExternalId, ReadOnly)
            .Attribute(c => c.UpdatedAt, ReadOnly)
            .Attribute(c => c.MenuPath, ReadOnly)
            .Attribute(c => c.DisconnectedBy, ReadOnly)
            .Attribute(c => c.FailDetails, ReadOnly)
            .Attribute(c => c.AdapterFailCode, ReadOnly)
            .Attribute(c => c.EndUserIdentifier, ReadOnly)
            .Attribute(c => c.EndUserOutContactId, ReadOnly)
            .HasOne(c => c.SelectedMenu, readOnly: true)
            .HasOne(c => c.Agent, readOnly: true)
            .DefaultSort("-created_at")
            .Endpoints(ResourceEndpoints.Read));

        graph.Add<Chat>("Chat", "chats", resource => resource
            .Attribute(c => c.NumericId, ReadOnly)
            .Attribute(c => c.ChatType, ReadOnly)
            .Attribute(c => c.Status, ReadOnly, "chat_status")
            .Attribute(c => c.FailReason, ReadOnly, "chat_fail_reason")
            .Attribute(c => c.Lang, ReadOnly)
            .Attribute(c => c.EndUserId, ReadOnly)
            .Attribute(c => c.Verified, ReadOnly)
            .Attribute(c => c.Rating, ReadOnly)
            .Attribute(c => c.ServiceLevelEvent, ReadOnly)
            .Attribute(c => c.CreatedAt, ReadOnly)
            .Attribute(c => c.QueuedAt, ReadOnly)
            .Attribute(c => c.AssignedAt, ReadOnly)
            .Attribute(c => c.EndsAt, ReadOnly)
            .Attribute(c => c.FirstMsgSentAt, ReadOnly)
            .Attribute(c => c.LastMsgSentAt, ReadOnly)
            .Attribute(c => c.ChatDuration, ReadOnly)
            .Attribute(c => c.WaitDuration, ReadOnly)
            .Computed("queue_duration", c => c.WaitDuration)
            .Attribute(c => c.ExternalId, ReadOnly)
            .Attribute(c => c.UpdatedAt, ReadOnly)
            .Attribute(c => c.MenuPath, ReadOnly)
            .Attribute(c => c.EndUserIdentifier, ReadOnly)
            .Attribute(c => c.EndUserOutContactId, ReadOnly)
            .Attribute(c => c.ResponseCount, ReadOnly)
            .Attribute(c => c.MessageCount, ReadOnly)
            .Attribute(c => c.AverageResponseTime, ReadOnly)
            .Attribute(c => c.LongestResponseTime, ReadOnly)
            .HasOne(c => c.SelectedMenu, readOnly: true)
            .HasOne(c => c.Agent, readOnly: true)
            .DefaultSort("-created_at")
            .Endpoints(ResourceEndpoints.Read));
    }
}
