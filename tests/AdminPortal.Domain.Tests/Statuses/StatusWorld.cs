using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Tests.Statuses;

/// <summary>An organisation in memory for the decision table: its built-in statuses, one agent and the people who may act on it.</summary>
internal static class StatusWorld
{
    public static readonly Guid OrganisationId = Guid.NewGuid();
    public static readonly Guid AgentId = Guid.NewGuid();

    public static readonly StatusCatalog Statuses = new([.. BuiltInStatuses.All.Select(s => s.CreateFor(OrganisationId))]);

    public static UserStatus Status(string name) => Statuses.All.Single(s => s.Name == name);

    public static Actor Actor(ActorKind kind) => kind switch
    {
        ActorKind.System => Identity.Actor.System(OrganisationId),
        ActorKind.Admin => new(OrganisationId, Guid.NewGuid(), AgentRole.Admin),
        ActorKind.SupervisorOfAgent or ActorKind.OtherSupervisor => new(OrganisationId, Guid.NewGuid(), AgentRole.Supervisor),
        ActorKind.AgentItself => new(OrganisationId, AgentId, AgentRole.Agent),
        _ => new(OrganisationId, Guid.NewGuid(), AgentRole.Agent),
    };

    public static StatusDecision Decide(string current, StatusRequest request, bool supervises = false) =>
        StatusTransition.Decide(new AgentStatusState(Status(current), Statuses, supervises), request);
}

public enum ActorKind
{
    System,
    Admin,
    SupervisorOfAgent,
    OtherSupervisor,
    AgentItself,
    OtherAgent,
}
