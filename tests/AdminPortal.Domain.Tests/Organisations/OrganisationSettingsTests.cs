using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Tests.Credentials;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Domain.Tests.Organisations;

public sealed class OrganisationSettingsTests(ClockedDatabase database) : IClassFixture<ClockedDatabase>
{
    [Fact]
    public async Task A_new_organisation_starts_with_the_configured_default_rate_limit()
    {
        var organisation = await database.CreateOrganisationAsync();

        organisation.ApiRateLimitPerSecond.ShouldBe(ClockedDatabase.DefaultRateLimit);
    }

    [Fact]
    public async Task An_admin_sets_the_rate_limit_and_listeners_hear_of_it()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var listener = new RecordingListener();
        await using var scope = empire.Scope();
        var settings = new OrganisationSettings(scope.Db, [listener]);

        await settings.SetApiRateLimitAsync(empire.Admin, empire.Organisation.Id, 25);

        (await scope.Db.Organisations.AsNoTracking().SingleAsync()).ApiRateLimitPerSecond.ShouldBe(25);
        listener.Changes.ShouldBe([(empire.Organisation.Id, 25)]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(10_001)]
    public async Task Refuses_a_rate_limit_out_of_range(int perSecond)
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<OrganisationSettings>().SetApiRateLimitAsync(empire.Admin, empire.Organisation.Id, perSecond));

        error.Errors["api_rate_limit_per_second"].ShouldBe("The rate limit must be between 1 and 10000 requests per second.");
    }

    [Fact]
    public async Task Only_an_admin_of_the_organisation_sets_it()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        var supervisor = await empire.AddAgentAsync("Moff", "Tarkin", "Available", AgentRole.Supervisor);
        await using var scope = empire.Scope();
        var settings = scope.Get<OrganisationSettings>();

        await Should.ThrowAsync<PermissionDeniedException>(() => settings.SetApiRateLimitAsync(OrganisationScenario.ActorFor(supervisor), empire.Organisation.Id, 5));
        await Should.ThrowAsync<EntityNotFoundException>(() => settings.SetApiRateLimitAsync(empire.Admin, rebels.Organisation.Id, 5));
        (await scope.Db.Organisations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == rebels.Organisation.Id))
            .ApiRateLimitPerSecond.ShouldBe(ClockedDatabase.DefaultRateLimit);
    }

    [Fact]
    public void A_default_rate_limit_out_of_range_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [OrganisationDefaults.RateLimitKey] = "0" })
            .Build();
        using var services = new ServiceCollection().AddDomain(configuration).BuildServiceProvider();

        var error = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OrganisationDefaults>>().Value);

        error.Message.ShouldContain("Api:DefaultRateLimitPerSecond must be between 1 and 10000");
    }

    private sealed class RecordingListener : IRateLimitListener
    {
        public List<(Guid, int)> Changes { get; } = [];

        public void RateLimitChanged(Guid organisationId, int perSecond) => Changes.Add((organisationId, perSecond));
    }
}
