using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tests.Support;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Uniqueness;

/// <summary>
/// What is unique in an organisation, enforced by the database and told as the field's message, whichever way the row
/// is written (a domain service or straight through the DbContext); run on SQLite and PostgreSQL.
/// </summary>
internal sealed class UniquenessScenarios(TestDatabase database)
{
    public async Task Agent_email_is_unique_in_any_case()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();
        await scope.Get<IAgentService>().CreateAsync(empire.Admin, Details("Craig.T@nelson.com", null, null), null);

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IAgentService>().CreateAsync(empire.Admin, Details("craig.t@NELSON.com", null, null), null));

        error.Errors["email"].ShouldBe("The email 'craig.t@NELSON.com' is already used by another agent.");
    }

    public async Task Agent_email_is_unique_in_any_case_even_written_past_the_service()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await empire.AddAgentAsync("Craig", "T", "Offline", email: "craig@nelson.com");

        var error = await Should.ThrowAsync<ValidationFailedException>(() => empire.AddAgentAsync("Other", "Craig", "Offline", email: "CRAIG@nelson.com"));

        error.Errors["email"].ShouldBe("The email 'CRAIG@nelson.com' is already used by another agent.");
    }

    public async Task Agent_number_and_extension_are_unique()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();
        var agents = scope.Get<IAgentService>();
        await agents.CreateAsync(empire.Admin, Details("one@nelson.com", "Agent No.1", "1001"), null);
        var two = await agents.CreateAsync(empire.Admin, Details("two@nelson.com", "Agent No.2", "1002"), null);

        var number = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IAgentService>(empire, service => service.UpdateAsync(empire.Admin, two.Id, Details("two@nelson.com", "Agent No.1", "1002"))));
        var extension = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IAgentService>(empire, service => service.CreateAsync(empire.Admin, Details("three@nelson.com", "Agent No.3", "1001"), null)));

        number.Errors["agent_number"].ShouldBe("The agent number 'Agent No.1' is already used by another agent.");
        extension.Errors["extension_number"].ShouldBe("The extension number '1001' is already used by another agent.");
    }

    public async Task Agents_without_number_or_extension_do_not_clash()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();

        await scope.Get<IAgentService>().CreateAsync(empire.Admin, Details("one@nelson.com", null, null), null);
        await scope.Get<IAgentService>().CreateAsync(empire.Admin, Details("two@nelson.com", null, null), null);
    }

    public async Task Team_names_are_unique_among_siblings_in_any_case()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var regiment = await empire.AddTeamAsync("Regiment");
        await empire.AddTeamAsync("Alpha", regiment);
        await empire.AddTeamAsync("Alpha");
        await empire.AddTeamAsync("Gone", regiment, deleted: true);

        var child = await Should.ThrowAsync<ValidationFailedException>(() => InScopeAsync<ITeamService>(empire, service => service.CreateAsync(empire.Admin, "ALPHA", regiment.Id)));
        var root = await Should.ThrowAsync<ValidationFailedException>(() => InScopeAsync<ITeamService>(empire, service => service.CreateAsync(empire.Admin, "alpha", null)));
        var reused = await InScopeAsync<ITeamService, Team>(empire, service => service.CreateAsync(empire.Admin, "Gone", regiment.Id));

        child.Errors["name"].ShouldBe("A team named 'ALPHA' already exists under the same parent team.");
        root.Errors["name"].ShouldBe("A team named 'alpha' already exists at the top level.");
        reused.Name.ShouldBe("Gone");
    }

    public async Task Renaming_or_moving_a_team_onto_a_sibling_name_is_refused()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var regiment = await empire.AddTeamAsync("Regiment");
        await empire.AddTeamAsync("Alpha", regiment);
        var beta = await empire.AddTeamAsync("Beta", regiment);
        var stray = await empire.AddTeamAsync("alpha");

        var rename = await Should.ThrowAsync<ValidationFailedException>(() => InScopeAsync<ITeamService>(empire, service => service.RenameAsync(empire.Admin, beta.Id, "Alpha")));
        var move = await Should.ThrowAsync<ValidationFailedException>(() => InScopeAsync<ITeamService>(empire, service => service.MoveAsync(empire.Admin, stray.Id, regiment.Id)));

        rename.Errors.Keys.ShouldBe(["name"]);
        move.Errors["name"].ShouldBe("A team named 'alpha' already exists under the same parent team.");
    }

    public async Task Menu_names_are_unique_among_siblings_in_any_case()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var deathStar = await empire.AddMenuAsync("Death Star");
        await empire.AddMenuAsync("Carpentry", deathStar);
        await empire.AddMenuAsync("Carpentry");

        var child = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IMenuService>(empire, service => service.CreateAsync(empire.Admin, new MenuDetails("carpentry", MenuType.IvrMenu, false, null), deathStar.Id)));
        var root = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IMenuService>(empire, service => service.CreateAsync(empire.Admin, new MenuDetails("DEATH STAR", MenuType.IvrMenu, false, null), null)));

        child.Errors["name"].ShouldBe("A menu named 'carpentry' already exists under the same parent menu.");
        root.Errors["name"].ShouldBe("A menu named 'DEATH STAR' already exists at the top level.");
    }

    public async Task Status_names_and_wfm_ids_are_unique()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();
        await scope.Get<IUserStatusService>().CreateAsync(empire.Admin, new UserStatusDetails("Lunch", "orange", 47, StatusCategory.Away));

        var name = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IUserStatusService>(empire, service => service.CreateAsync(empire.Admin, new UserStatusDetails("LUNCH", "teal", 48, StatusCategory.Away))));
        var wfm = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IUserStatusService>(empire, service => service.CreateAsync(empire.Admin, new UserStatusDetails("Coffee", "teal", 47, StatusCategory.Away))));
        var builtInWfm = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<IUserStatusService>(empire, service => service.CreateAsync(empire.Admin, new UserStatusDetails("Tea", "teal", BuiltInStatuses.Break.WfmId, StatusCategory.Away))));

        name.Errors["name"].ShouldBe("A status named 'LUNCH' already exists");
        wfm.Errors["wfm_id"].ShouldBe("The WFM id 47 is already used by another status.");
        builtInWfm.Errors.Keys.ShouldBe(["wfm_id"]);
    }

    public async Task Name_and_wfm_id_of_a_deleted_status_can_be_used_again()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();
        var lunch = await scope.Get<IUserStatusService>().CreateAsync(empire.Admin, new UserStatusDetails("Lunch", "orange", 47, StatusCategory.Away));
        await InScopeAsync<IUserStatusService>(empire, service => service.DeleteAsync(empire.Admin, lunch.Id));

        var again = await InScopeAsync<IUserStatusService, UserStatus>(empire, service => service.CreateAsync(empire.Admin, new UserStatusDetails("lunch", "orange", 47, StatusCategory.Away)));

        again.Id.ShouldNotBe(lunch.Id);
    }

    public async Task Queue_group_names_are_unique()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();
        await scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Shipping"));

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            InScopeAsync<QueueGroupService>(empire, service => service.CreateAsync(empire.Admin, new QueueGroupDetails("SHIPPING"))));

        error.Errors["name"].ShouldBe("A queue group named 'SHIPPING' already exists.");
    }

    public async Task Another_organisation_may_use_the_same_values()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        foreach (var scenario in new[] { empire, rebels })
        {
            await using var scope = scenario.Scope();
            await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details("han@falcon.com", "Agent No.7", "777"), null);
            await scope.Get<ITeamService>().CreateAsync(scenario.Admin, "Smugglers", null);
            await InScopeAsync<IMenuService>(scenario, service => service.CreateAsync(scenario.Admin, new MenuDetails("Kessel Run", MenuType.IvrMenu, false, null), null));
            await InScopeAsync<IUserStatusService>(scenario, service => service.CreateAsync(scenario.Admin, new UserStatusDetails("Smuggling", "black", 99, StatusCategory.Busy)));
        }
    }

    /// <summary>Two writers create the same team at once: the database lets one through and the other gets the field message.</summary>
    public async Task Racing_writers_of_one_name_get_one_team_and_one_refusal()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var other = database.BuildServices();
        using var start = new ManualResetEventSlim();
        var tasks = new[] { database.Services, other, database.Services, other }.Select(services => Task.Run(async () =>
        {
            await using var scope = TestDatabase.ActAs(services, empire.Organisation.Id);
            start.Wait();
            try
            {
                await scope.Get<ITeamService>().CreateAsync(empire.Admin, "Rogue Squadron", null);
                return "created";
            }
            catch (ValidationFailedException refused)
            {
                return refused.Errors["name"];
            }
        })).ToList();
        start.Set();

        var outcomes = await Task.WhenAll(tasks);

        outcomes.Count(o => o == "created").ShouldBe(1);
        outcomes.Where(o => o != "created").ShouldAllBe(o => o == "A team named 'Rogue Squadron' already exists at the top level.");
    }

    private static AgentDetails Details(string email, string? number, string? extension) =>
        new(email, "Test", null, "Agent", number, extension, null, AgentRole.Agent, null);

    /// <summary>Runs one service call in a scope of its own, as each request has (a refused write leaves its scope's change tracker dirty).</summary>
    private static async Task<T> InScopeAsync<TService, T>(OrganisationScenario scenario, Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = scenario.Scope();
        return await call(scope.Get<TService>());
    }

    private static async Task InScopeAsync<TService>(OrganisationScenario scenario, Func<TService, Task> call)
        where TService : notnull
    {
        await using var scope = scenario.Scope();
        await call(scope.Get<TService>());
    }
}
