using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Audit;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Agents;

/// <summary>Deactivating signs the agent out through the status rules, ends its sessions and sign-ins; reactivating lets it back.</summary>
public sealed class AgentDeactivationTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private const string Password = "imperial-march-1";

    [Fact]
    public async Task Deactivating_signs_the_agent_out_as_the_admin_rotates_its_stamp_and_records_it()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Craig", "T", "In-call");
        await using var scope = scenario.AsAdmin();

        await scope.Get<IAgentAccounts>().DeactivateAsync(scenario.Admin, agent.Id);

        var stored = await scenario.ReloadAsync(agent);
        stored.DeactivatedAt.ShouldNotBeNull();
        stored.Status!.Name.ShouldBe("Offline");
        stored.SecurityStamp.ShouldNotBe(agent.SecurityStamp);
        var signedOut = (await scenario.StatusRowsOfAsync(agent)).ShouldHaveSingleItem();
        signedOut.Source.ShouldBe(StatusSource.Admin);
        signedOut.ChangedByUserId.ShouldBe(scenario.AdminAgent.Id);
        (await scenario.ActivityOfAsync(agent)).Last().Activity.ShouldBe(Activities.Logout);
        var deactivated = (await scenario.EventsAsync()).ShouldHaveSingleItem();
        deactivated.Action.ShouldBe(AuditActions.Deactivate);
        deactivated.Members().ShouldBe(["deactivated_at"]);
        deactivated.ResourceName.ShouldBe("Craig T");
    }

    [Fact]
    public async Task An_organisation_credential_deactivates_with_source_system()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper", "Available");
        await using var scope = scenario.Scope();

        await scope.Get<IAgentAccounts>().DeactivateAsync(scenario.System, agent.Id);

        (await scenario.StatusRowsOfAsync(agent)).ShouldHaveSingleItem().Source.ShouldBe(StatusSource.System);
    }

    [Fact]
    public async Task A_deactivated_agent_cannot_sign_in_and_a_reactivated_one_can()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.AsAdmin();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin,
            new AgentDetails("raymond@nelson.com", "Raymond", null, "D", null, null, null, AgentRole.Agent, null), Password);
        var credentials = scope.Get<ICredentialService>();

        await scope.Get<IAgentAccounts>().DeactivateAsync(scenario.Admin, agent.Id);
        var whileDeactivated = await credentials.VerifyAsync("raymond@nelson.com", Password);
        await scope.Get<IAgentAccounts>().ReactivateAsync(scenario.Admin, agent.Id);
        var afterwards = await credentials.VerifyAsync("raymond@nelson.com", Password);

        whileDeactivated.ShouldBeNull();
        afterwards.ShouldNotBeNull().Id.ShouldBe(agent.Id);
        (await scenario.ReloadAsync(agent)).DeactivatedAt.ShouldBeNull();
        (await scenario.EventsAsync()).Select(e => e.Action).ShouldBe([AuditActions.Create, AuditActions.Deactivate, AuditActions.Reactivate]);
    }

    [Fact]
    public async Task Active_agents_leave_out_deactivated_ones_but_history_keeps_them()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Barry", "Allen", "Available");
        await using var scope = scenario.AsAdmin();

        await scope.Get<IAgentAccounts>().DeactivateAsync(scenario.Admin, agent.Id);

        (await scope.Db.Agents.Active().AnyAsync(a => a.Id == agent.Id)).ShouldBeFalse();
        (await scope.Db.Agents.Active().AnyAsync(a => a.Id == scenario.AdminAgent.Id)).ShouldBeTrue();
        var history = await scope.Db.AgentActivityLogs.AsNoTracking().Where(l => l.AgentId == agent.Id).Select(l => l.Agent!.FirstName).ToListAsync();
        history.ShouldNotBeEmpty();
        history.ShouldAllBe(name => name == "Barry");
    }

    [Fact]
    public async Task Nobody_deactivates_themselves_and_only_admins_deactivate()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var supervisor = await scenario.AddAgentAsync("Moff", "Tarkin", "Available", AgentRole.Supervisor);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper", "Available");
        await using var scope = scenario.AsAdmin();
        var accounts = scope.Get<IAgentAccounts>();

        var self = await Should.ThrowAsync<RuleViolationException>(() => accounts.DeactivateAsync(scenario.Admin, scenario.AdminAgent.Id));
        var bySupervisor = await Should.ThrowAsync<PermissionDeniedException>(() => accounts.DeactivateAsync(OrganisationScenario.ActorFor(supervisor), agent.Id));

        self.Message.ShouldBe("You can't deactivate yourself.");
        bySupervisor.Message.ShouldBe("Only an admin can deactivate agents.");
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Available");
        (await scenario.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Resetting_a_password_sets_a_generated_or_chosen_one_and_ends_sessions()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.AsAdmin();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin,
            new AgentDetails("barry@nelson.com", "Barry", null, "Allen", null, null, null, AgentRole.Agent, null), Password);
        var accounts = scope.Get<IAgentAccounts>();

        var generated = await accounts.ResetPasswordAsync(scenario.Admin, agent.Id, null);
        var generatedWorks = await scope.Get<ICredentialService>().VerifyAsync("barry@nelson.com", generated);
        var stampAfterGenerated = (await scenario.ReloadAsync(agent)).SecurityStamp;
        var chosen = await accounts.ResetPasswordAsync(scenario.Admin, agent.Id, "speed-force-42");
        var tooShort = await Should.ThrowAsync<ValidationFailedException>(() => accounts.ResetPasswordAsync(scenario.Admin, agent.Id, "short"));

        generated.Length.ShouldBeGreaterThanOrEqualTo(AgentService.PasswordMinLength);
        generatedWorks.ShouldNotBeNull();
        stampAfterGenerated.ShouldNotBe(agent.SecurityStamp);
        chosen.ShouldBe("speed-force-42");
        (await scope.Get<ICredentialService>().VerifyAsync("barry@nelson.com", "speed-force-42")).ShouldNotBeNull();
        (await scope.Get<ICredentialService>().VerifyAsync("barry@nelson.com", generated)).ShouldBeNull();
        tooShort.Errors.Keys.ShouldContain("password");
        (await scenario.EventsAsync()).Count(e => e.Action == AuditActions.ChangePassword).ShouldBe(2);
    }
}
