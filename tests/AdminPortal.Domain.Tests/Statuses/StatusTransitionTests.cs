using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Tests.Statuses;

/// <summary>The examples of DESIGN.md and the seeds as single decisions, and how targets resolve; no database.</summary>
public sealed class StatusTransitionTests
{
    private static readonly Actor Agent = StatusWorld.Actor(ActorKind.AgentItself);
    private static readonly Actor Admin = StatusWorld.Actor(ActorKind.Admin);

    private static StatusRequest Request(StatusTarget target, StatusSource source, Actor actor, SessionOrigin? origin = null) =>
        new(StatusWorld.AgentId, target, source, actor, origin);

    [Theory]
    [InlineData("special TASK", "Special Task")]
    [InlineData("  in-CALL ", "In-call")]
    [InlineData("OFFLINE", "Offline")]
    public void Names_match_ignoring_case_and_surrounding_spaces(string name, string expected)
    {
        StatusWorld.Statuses.Named(name)!.Name.ShouldBe(expected);
    }

    [Fact]
    public void A_built_in_wins_over_a_custom_status_of_the_same_name_and_deleted_statuses_are_never_a_target()
    {
        var lunch = new UserStatus { Name = "Lunch", Color = "orange", Category = StatusCategory.Away, Position = 10, Deleted = true };
        var custom = new UserStatus { Name = "break", Color = "orange", Category = StatusCategory.Away, Position = 1 };
        var statuses = new StatusCatalog([.. StatusWorld.Statuses.All, lunch, custom]);

        statuses.Named("Break")!.BuiltInId.ShouldBe(BuiltInStatuses.Break.BuiltInId);
        statuses.Named("Lunch").ShouldBeNull();
        statuses.ById(lunch.Id).ShouldBe(lunch);
    }

    [Fact]
    public void Seed_002_unknown_status()
    {
        var decision = StatusWorld.Decide("Break", Request(StatusTarget.Named("Napping"), StatusSource.Bulk, Admin));

        decision.ShouldBe(StatusRefusal.Rule("status 'Napping' does not exist"));
    }

    [Fact]
    public void Seed_002_system_status_as_target()
    {
        var decision = StatusWorld.Decide("Available", Request(StatusTarget.Named("In-call"), StatusSource.Admin, Admin));

        decision.ShouldBe(StatusRefusal.Rule("Agent can't be changed to system status 'In-call'"));
    }

    [Fact]
    public void Seed_002_agent_in_a_system_status()
    {
        var decision = StatusWorld.Decide("In-call", Request(StatusTarget.Named("Available"), StatusSource.Bulk, Admin));

        decision.ShouldBe(StatusRefusal.Rule("Agent can't be changed from system status 'In-call'"));
    }

    [Fact]
    public void Seed_002_offline_agent_moved_by_someone_else()
    {
        var decision = StatusWorld.Decide("Offline", Request(StatusTarget.Named("Available"), StatusSource.Bulk, Admin));

        decision.ShouldBe(StatusRefusal.Rule("Agent's status can't be changed if they are offline or logged out"));
    }

    [Fact]
    public void Offline_agent_choosing_a_status_itself_logs_in_with_it()
    {
        var decision = StatusWorld.Decide("Offline", Request(StatusTarget.Named("Break"), StatusSource.Widget, Agent));

        decision.ShouldBe(new StatusMove(StatusWorld.Status("Break"), Activities.Login, StatusSource.Widget, SessionChange.SignIn(SessionOrigin.Widget)));
    }

    [Fact]
    public void Admin_forces_an_agent_offline_even_from_a_call()
    {
        var decision = StatusWorld.Decide("In-call", Request(StatusTarget.Named("offline"), StatusSource.Admin, Admin));

        decision.ShouldBe(new StatusMove(StatusWorld.Status("Offline"), Activities.Logout, StatusSource.Admin, SessionChange.SignOut));
    }

    [Fact]
    public void Agents_own_change_through_the_bulk_endpoint_is_recorded_as_api()
    {
        var decision = StatusWorld.Decide("Break", Request(StatusTarget.Named("Available"), StatusSource.Bulk, Agent) with { InBulk = true });

        decision.ShouldBeOfType<StatusMove>().Source.ShouldBe(StatusSource.Api);
    }

    [Fact]
    public void Agent_cannot_claim_the_bulk_source_itself()
    {
        var decision = StatusWorld.Decide("Break", Request(StatusTarget.Named("Available"), StatusSource.Bulk, Agent));

        decision.ShouldBe(StatusRefusal.Permission("An agent records its own changes with source widget or api, not bulk."));
    }

    [Fact]
    public void Signing_in_when_already_signed_in_records_nothing_but_adopts_the_session()
    {
        var fromWidget = StatusWorld.Decide("Break", Request(StatusTarget.LogIn, StatusSource.Widget, Agent, SessionOrigin.Widget));
        var fromQueue = StatusWorld.Decide("Break", Request(StatusTarget.LogIn, StatusSource.Api, Agent));

        fromWidget.ShouldBe(new StatusUnchanged(SessionChange.SignIn(SessionOrigin.Widget)));
        fromQueue.ShouldBe(new StatusUnchanged(SessionChange.Kept));
    }

    [Fact]
    public void Logging_out_when_offline_records_nothing()
    {
        StatusWorld.Decide("Offline", Request(StatusTarget.LogOut, StatusSource.Api, Agent)).ShouldBe(new StatusUnchanged(SessionChange.Kept));
    }

    [Fact]
    public void Built_in_targets_resolve_by_id_and_system_ones_need_the_system_source()
    {
        var ready = StatusWorld.Decide("Break", Request(StatusTarget.Of(BuiltInStatuses.Available), StatusSource.Api, Admin));
        var wrapUp = StatusWorld.Decide("Available", Request(StatusTarget.Of(BuiltInStatuses.WrapUp), StatusSource.Api, Admin));

        ready.ShouldBeOfType<StatusMove>().Target.Name.ShouldBe("Available");
        wrapUp.ShouldBe(StatusRefusal.Rule("Agent can't be changed to system status 'Wrap-up'"));
    }

    [Fact]
    public void Busy_is_the_first_busy_status_an_agent_may_choose_in_the_organisations_order()
    {
        var callback = new UserStatus { Name = "Callback", Color = "teal", Category = StatusCategory.Busy, Position = 2 };
        var statuses = new StatusCatalog([.. StatusWorld.Statuses.All, callback]);
        var noBusy = new StatusCatalog([.. StatusWorld.Statuses.All.Where(s => s.Category != StatusCategory.Busy || s.System)]);
        var request = Request(StatusTarget.FirstOf(StatusCategory.Busy), StatusSource.Api, Agent);

        StatusWorld.Statuses.FirstOf(StatusCategory.Busy)!.Name.ShouldBe("Special Task");
        StatusTransition.Decide(new(StatusWorld.Status("Break"), statuses, false), request).ShouldBeOfType<StatusMove>().Target.ShouldBe(callback);
        StatusTransition.Decide(new(StatusWorld.Status("Break"), noBusy, false), request)
            .ShouldBe(StatusRefusal.Rule("The organisation has no busy status an agent can choose."));
    }

    [Fact]
    public void Agent_in_bulk_names_only_itself()
    {
        var others = new BulkStatusRequest(StatusTarget.Named("Break"), [StatusWorld.AgentId, Guid.NewGuid()], [], Agent);
        var team = new BulkStatusRequest(StatusTarget.Named("Break"), [], [Guid.NewGuid()], Agent);
        var itself = new BulkStatusRequest(StatusTarget.Named("Break"), [StatusWorld.AgentId], [], Agent);
        var supervisor = new BulkStatusRequest(StatusTarget.Named("Break"), [], [Guid.NewGuid()], StatusWorld.Actor(ActorKind.OtherSupervisor));

        StatusTransition.AdmitBulk(others).ShouldBe(StatusRefusal.Permission("An agent may change only its own status."));
        StatusTransition.AdmitBulk(team).ShouldBe(StatusRefusal.Permission("An agent may change only its own status."));
        StatusTransition.AdmitBulk(itself).ShouldBeNull();
        StatusTransition.AdmitBulk(supervisor).ShouldBeNull();
    }
}
