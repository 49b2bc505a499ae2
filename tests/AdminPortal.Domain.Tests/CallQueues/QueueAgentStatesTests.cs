using AdminPortal.Domain.CallQueues;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tests.Statuses;

namespace AdminPortal.Domain.Tests.CallQueues;

/// <summary>What a PBX's agent states mean (seed 001), decided through the status table without a database.</summary>
public sealed class QueueAgentStatesTests
{
    [Theory]
    [InlineData("Available", QueueAgentState.Ready)]
    [InlineData("Unavailable", QueueAgentState.NotReady)]
    [InlineData("Break", QueueAgentState.Break)]
    [InlineData("Special Task", QueueAgentState.NotReady)]
    [InlineData("Meal", QueueAgentState.Lunch)]
    [InlineData("Missed Call", QueueAgentState.NotReady)]
    [InlineData("Wrap-up", QueueAgentState.WrapUp)]
    [InlineData("In-call", QueueAgentState.LoggedIn)]
    [InlineData("In-chat", QueueAgentState.LoggedIn)]
    [InlineData("Offline", QueueAgentState.LoggedOut)]
    public void Reads_each_built_in_status_as_a_pbx_state(string status, QueueAgentState expected) =>
        QueueAgentStates.Of(StatusWorld.Status(status)).ShouldBe(expected);

    [Theory]
    [InlineData("Lunch", StatusCategory.Away, QueueAgentState.Lunch)]
    [InlineData("break", StatusCategory.Away, QueueAgentState.Break)]
    [InlineData("Coaching", StatusCategory.Busy, QueueAgentState.NotReady)]
    [InlineData("Ready to go", StatusCategory.Available, QueueAgentState.Ready)]
    public void Reads_custom_statuses_by_category_and_name(string name, StatusCategory category, QueueAgentState expected) =>
        QueueAgentStates.Of(new UserStatus { Name = name, Color = "teal", Category = category }).ShouldBe(expected);

    [Theory]
    [InlineData(ActorKind.Admin, "Offline", QueueAgentState.LoggedIn, "move Available login")]
    [InlineData(ActorKind.System, "Offline", QueueAgentState.LoggedIn, "move Available login")]
    [InlineData(ActorKind.AgentItself, "Offline", QueueAgentState.LoggedIn, "move Available login")]
    [InlineData(ActorKind.SupervisorOfAgent, "Offline", QueueAgentState.LoggedIn, "400 Agent's status can't be changed if they are offline or logged out")]
    [InlineData(ActorKind.Admin, "Break", QueueAgentState.LoggedIn, "unchanged")]
    [InlineData(ActorKind.Admin, "In-call", QueueAgentState.WrapUp, "move Wrap-up user_status_changed")]
    [InlineData(ActorKind.Admin, "Wrap-up", QueueAgentState.Ready, "move Available user_status_changed")]
    [InlineData(ActorKind.AgentItself, "Available", QueueAgentState.WrapUp, "400 Agent can't be changed to system status 'Wrap-up'")]
    [InlineData(ActorKind.SupervisorOfAgent, "In-call", QueueAgentState.WrapUp, "400 Agent can't be changed to system status 'Wrap-up'")]
    [InlineData(ActorKind.AgentItself, "Wrap-up", QueueAgentState.Ready, "400 Agent can't be changed from system status 'Wrap-up'")]
    [InlineData(ActorKind.AgentItself, "Available", QueueAgentState.Lunch, "move Meal user_status_changed")]
    [InlineData(ActorKind.SupervisorOfAgent, "Break", QueueAgentState.LoggedOut, "move Offline logout")]
    public void Writes_a_state_as_the_pbx_or_by_hand(ActorKind actor, string current, QueueAgentState state, string expected)
    {
        var request = QueueAgentStates.RequestFor(state, StatusWorld.AgentId, StatusWorld.Actor(actor));

        var decision = StatusWorld.Decide(current, request, supervises: actor == ActorKind.SupervisorOfAgent);

        var described = decision switch
        {
            StatusMove move => $"move {move.Target.Name} {move.Activity}",
            StatusUnchanged => "unchanged",
            StatusRefusal refusal => $"{(refusal.Kind == RefusalKind.Permission ? 403 : 400)} {refusal.Message}",
            _ => decision.ToString(),
        };
        described.ShouldBe(expected);
        request.Source.ShouldBe(actor is ActorKind.Admin or ActorKind.System ? StatusSource.System : StatusSource.Api);
    }

    [Fact]
    public void An_extension_names_one_agent_of_the_queue_or_says_what_is_wrong()
    {
        QueueAgentRecord Agent(string name, string extension) => new(Guid.NewGuid(), extension, name, 1, QueueAgentState.Ready);
        var vader = Agent("Darth Vader", "111");
        IReadOnlyList<QueueAgentRecord> queue = [vader, Agent("Craig T", "112"), Agent("Raymond D", "112")];

        QueueExtensions.Single(queue, "111").ShouldBe(vader);
        Should.Throw<EntityNotFoundException>(() => QueueExtensions.Single(queue, "999"))
            .Message.ShouldBe("No agent with extension number '999' is in this call queue.");
        Should.Throw<ConflictException>(() => QueueExtensions.Single(queue, "112"))
            .Message.ShouldBe("Extension number '112' is ambiguous: 2 agents of this call queue have it (Craig T, Raymond D). Give each agent its own extension number.");
    }
}
