using AdminPortal.Domain.Entities;
using Bogus;
using TestBuildingBlocks.Data;

namespace TestBuildingBlocks.Hosting;

/// <summary>
/// Agents of one organisation with made-up names and unique emails, the same ones on every run (<see cref="SeededFaker"/>).
/// Tests set what they look at (<c>RuleFor(a =&gt; a.FirstName, "Trooper")</c>) and leave the rest to the faker.
/// </summary>
public static class AgentFaker
{
    public static Faker<Agent> For(Guid organisationId, Guid statusId, int stream = 0) =>
        SeededFaker.For<Agent>(stream)
            .CustomInstantiator(f => new Agent { Email = "", FirstName = "", LastName = "" })
            .RuleFor(a => a.OrganisationId, organisationId)
            .RuleFor(a => a.StatusId, statusId)
            .RuleFor(a => a.FirstName, f => f.Name.FirstName())
            .RuleFor(a => a.LastName, f => f.Name.LastName())
            .RuleFor(a => a.Email, (f, a) => $"{a.FirstName}.{a.LastName}.{f.IndexFaker}.{f.Random.AlphaNumeric(6)}@example.com".ToLowerInvariant())
            .RuleFor(a => a.Location, f => f.PickRandom("Berlin", "Leeds", "Lisbon", null));
}
