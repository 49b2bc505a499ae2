using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

/// <summary>One organisation holding one of every entity, all linked to each other, written through EF Core.</summary>
internal sealed record OrganisationGraph(
    Guid OrganisationId,
    Guid AgentId,
    Guid SupervisorId,
    Guid ParentTeamId,
    Guid TeamId,
    Guid ParentMenuId,
    Guid MenuId,
    Guid CustomStatusId,
    Guid InCallStatusId,
    Guid AgentAssignmentId,
    Guid TeamAssignmentId,
    Guid OperatorStatusId,
    Guid ActivityLogId,
    Guid CallId,
    Guid ChatId)
{
    public static readonly DateTime At = new(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc);

    public static async Task<OrganisationGraph> CreateAsync(TestDatabase database, string? name = null)
    {
        var organisation = await database.CreateOrganisationAsync(name);
        var org = organisation.Id;
        await using var scope = database.ActAs(org);
        var db = scope.Db;
        var available = await db.UserStatuses.SingleAsync(s => s.BuiltInId == BuiltInStatuses.Available.BuiltInId);
        var inCall = await db.UserStatuses.SingleAsync(s => s.BuiltInId == BuiltInStatuses.InCall.BuiltInId);

        var custom = new UserStatus { OrganisationId = org, Name = "Lunch", Color = "green", WfmId = 45, Category = StatusCategory.Away, Position = 10 };
        var parentTeam = new Team { OrganisationId = org, Name = "Storm Trooper Regiment", Position = 1 };
        var team = new Team { OrganisationId = org, Name = "Storm Trooper 1st Regiment", Parent = parentTeam, Position = 1 };
        var parentMenu = new Menu { OrganisationId = org, Name = "Death Star", MenuType = MenuType.IvrMenu, OutputMsg = "You have reached the Death Star" };
        var menu = new Menu { OrganisationId = org, Name = "Carpentry", Parent = parentMenu, Position = 1, MenuType = MenuType.WebMenu, Hidden = true };
        var supervisor = new Agent
        {
            OrganisationId = org,
            Email = $"tarkin-{org:N}@empire.com",
            FirstName = "Moff",
            LastName = "Tarkin",
            Role = AgentRole.Supervisor,
            StatusId = available.Id,
        };
        var agent = new Agent
        {
            OrganisationId = org,
            Email = $"vader-{org:N}@empire.com",
            FirstName = "Darth",
            MiddleName = "Anakin",
            LastName = "Vader",
            AgentNumber = "Agent No.111",
            ExtensionNumber = "111",
            AvatarUrl = "https://example.com/vader.png",
            Location = "Death Star",
            Role = AgentRole.Agent,
            PasswordHash = "hash",
            StatusId = inCall.Id,
            StatusUpdatedAt = At,
            SessionOrigin = SessionOrigin.Widget,
            LastLoginTime = At.AddHours(-1),
            CreatedAt = At.AddDays(-10),
            CallCount = 3,
            ChatCount = 2,
            Teams = [team],
        };
        var agentAssignment = new AgentAssignment { OrganisationId = org, Menu = menu, Agent = agent, Lang = "it", QueueLevel = "secondary", ChannelType = "chat", SkillLevel = 7 };
        var teamAssignment = new TeamAssignment { OrganisationId = org, Menu = menu, Team = team, Lang = "en", QueueLevel = "primary", ChannelType = "voice_call" };
        var call = new Call
        {
            OrganisationId = org,
            Agent = agent,
            SelectedMenu = menu,
            CreatedAt = At,
            QueuedAt = At,
            AssignedAt = At.AddSeconds(20),
            ConnectedAt = At.AddSeconds(25),
            EndedAt = At.AddSeconds(115),
            CallDuration = 90,
            WaitDuration = 25,
            Rating = 5,
            ServiceLevelEvent = "in_sla",
            SupportNumber = "+12128675309",
            EndUserId = "Death Star Carpentry Union",
        };
        var chat = new Chat
        {
            OrganisationId = org,
            Agent = agent,
            SelectedMenu = menu,
            ChatType = "Messaging Inbound (App Chat)",
            CreatedAt = At,
            AssignedAt = At.AddSeconds(11),
            EndsAt = At.AddSeconds(90),
            ChatDuration = 79,
            MessageCount = 10,
            AverageResponseTime = 12.5,
        };
        var operatorStatus = new OperatorStatus
        {
            OrganisationId = org,
            SipUser = agent,
            ChangedByUser = supervisor,
            Status = "In-call",
            UserStatusId = inCall.Id,
            Source = StatusSource.Admin,
            CreatedAt = At,
        };
        var log = new AgentActivityLog
        {
            OrganisationId = org,
            Agent = agent,
            Whodunnit = supervisor,
            StatusId = inCall.Id,
            Call = call,
            Chat = chat,
            Activity = Activities.CallPickedUp,
            StartedAt = At,
            EndedAt = At.AddSeconds(90),
            Duration = 90,
        };

        db.AddRange(custom, parentTeam, team, parentMenu, menu, supervisor, agent, agentAssignment, teamAssignment, call, chat, operatorStatus, log);
        await db.SaveChangesAsync();
        return new OrganisationGraph(org, agent.Id, supervisor.Id, parentTeam.Id, team.Id, parentMenu.Id, menu.Id, custom.Id, inCall.Id,
            agentAssignment.Id, teamAssignment.Id, operatorStatus.Id, log.Id, call.Id, chat.Id);
    }
}
