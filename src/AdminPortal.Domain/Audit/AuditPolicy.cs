using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// What the audit trail records, per resource type: the members an admin changes (under their wire names), the secrets
/// it records only as changed, and the members the system keeps up by itself (status, counters, stamps), which never make
/// an event. Every mapped member of an audited type is in exactly one of these lists (a test holds the model to it), so a
/// new column is a decision, not a silent leak. Agent status changes are not audit events: they have their own history.
/// </summary>
public static class AuditPolicy
{
    private static readonly Dictionary<Type, AuditedType> _types = new[]
    {
        new AuditedType(typeof(Agent),
            [nameof(Agent.NumericId), nameof(Agent.Email), nameof(Agent.FirstName), nameof(Agent.MiddleName), nameof(Agent.LastName),
                nameof(Agent.AgentNumber), nameof(Agent.ExtensionNumber), nameof(Agent.AvatarUrl), nameof(Agent.Role), nameof(Agent.Location),
                nameof(Agent.DeactivatedAt)],
            [nameof(Agent.PasswordHash)],
            [nameof(Agent.SecurityStamp), nameof(Agent.StatusId), nameof(Agent.NextStatusId), nameof(Agent.Name), nameof(Agent.StatusUpdatedAt), nameof(Agent.SessionOrigin),
                nameof(Agent.LastLoginTime), nameof(Agent.CreatedAt), nameof(Agent.CallCount), nameof(Agent.ChatCount), nameof(Agent.Version)]),
        new AuditedType(typeof(Team),
            [nameof(Team.NumericId), nameof(Team.Name), nameof(Team.ParentId), nameof(Team.Position), nameof(Team.Deleted)], [],
            [nameof(Team.AgentsCount)]),
        new AuditedType(typeof(Menu),
            [nameof(Menu.NumericId), nameof(Menu.Name), nameof(Menu.ParentId), nameof(Menu.Position), nameof(Menu.Deleted), nameof(Menu.Hidden),
                nameof(Menu.MenuType), nameof(Menu.OutputMsg), nameof(Menu.ServiceLevelSeconds), nameof(Menu.WrapUpSeconds), nameof(Menu.QueueGroupId)], [], []),
        new AuditedType(typeof(AgentAssignment),
            [nameof(AgentAssignment.MenuId), nameof(AgentAssignment.AgentId), nameof(AgentAssignment.Lang), nameof(AgentAssignment.QueueLevel),
                nameof(AgentAssignment.ChannelType), nameof(AgentAssignment.SkillLevel)], [], []),
        new AuditedType(typeof(TeamAssignment),
            [nameof(TeamAssignment.MenuId), nameof(TeamAssignment.TeamId), nameof(TeamAssignment.Lang), nameof(TeamAssignment.QueueLevel),
                nameof(TeamAssignment.ChannelType)], [], []),
        new AuditedType(typeof(UserStatus),
            [nameof(UserStatus.NumericId), nameof(UserStatus.Name), nameof(UserStatus.Color), nameof(UserStatus.WfmId), nameof(UserStatus.System),
                nameof(UserStatus.BuiltInId), nameof(UserStatus.Category), nameof(UserStatus.Position), nameof(UserStatus.Deleted)], [], []),
        new AuditedType(typeof(QueueGroup),
            [nameof(QueueGroup.NumericId), nameof(QueueGroup.Name), nameof(QueueGroup.ServiceLevelSeconds), nameof(QueueGroup.ServiceLevelTargetPercent)], [], []),
        new AuditedType(typeof(ApiCredential),
            [nameof(ApiCredential.Name), nameof(ApiCredential.Kind), nameof(ApiCredential.Key), nameof(ApiCredential.AgentId), nameof(ApiCredential.RevokedAt)],
            [nameof(ApiCredential.SecretHash)],
            [nameof(ApiCredential.LastUsedAt), nameof(ApiCredential.CreatedAt), nameof(ApiCredential.CreatedById)]),
        new AuditedType(typeof(Organisation),
            [nameof(Organisation.Name), nameof(Organisation.Subdomain), nameof(Organisation.ApiRateLimitPerSecond),
                nameof(Organisation.WrapUpSeconds), nameof(Organisation.ServiceLevelSeconds), nameof(Organisation.ServiceLevelTargetPercent)], [], [nameof(Organisation.CreatedAt)]),
    }.ToDictionary(t => t.ClrType);

    /// <summary>Wire names that are not the snake_case of the property (a relationship's id is named after the relationship).</summary>
    private static readonly Dictionary<string, string> _wireNames = new()
    {
        [nameof(Agent.Role)] = "roles",
        [nameof(Agent.PasswordHash)] = "password",
        [nameof(ApiCredential.SecretHash)] = "secret",
        [nameof(Team.ParentId)] = "parent",
        [nameof(Menu.QueueGroupId)] = "queue_group",
        [nameof(AgentAssignment.MenuId)] = "menu",
        [nameof(AgentAssignment.AgentId)] = "agent",
        [nameof(TeamAssignment.TeamId)] = "team",
    };

    public static IReadOnlyCollection<AuditedType> Types => _types.Values;

    /// <summary>The policy of an entity type, or null when its writes are not audited (history, calls, counters).</summary>
    public static AuditedType? For(Type clrType) => _types.GetValueOrDefault(clrType);

    /// <summary>The member's name in an event's <c>changes</c> (the resource's wire name): <c>first_name</c>, <c>roles</c>, <c>parent</c>.</summary>
    public static string WireName(string property) => _wireNames.GetValueOrDefault(property) ?? SnakeCase.From(property);
}

/// <summary>One audited entity type: members recorded with their values, secrets recorded as changed, members the system keeps.</summary>
public sealed record AuditedType(Type ClrType, IReadOnlyList<string> Recorded, IReadOnlyList<string> Secrets, IReadOnlyList<string> SystemManaged)
{
    /// <summary>The resource type on the wire (the entity's name): Agent, Team, AgentAssignment, …</summary>
    public string ResourceType => ClrType.Name;

    public bool Records(string property) => Recorded.Contains(property);

    public bool IsSecret(string property) => Secrets.Contains(property);
}
