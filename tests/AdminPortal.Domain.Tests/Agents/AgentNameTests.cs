using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Tests.Agents;

public sealed class AgentNameTests
{
    [Theory]
    [InlineData("Darth", null, "Vader", "Darth Vader")]
    [InlineData("Darth", "", "Vader", "Darth Vader")]
    [InlineData("Darth", "  ", "Vader", "Darth Vader")]
    [InlineData("Darth", "Sith", "Vader", "Darth Sith Vader")]
    public void An_agent_is_named_by_its_parts(string first, string? middle, string last, string expected)
    {
        var agent = new Agent { Email = "vader@empire.com", FirstName = first, MiddleName = middle, LastName = last };

        AgentName.Of(first, middle, last).ShouldBe(expected);
        agent.Name.ShouldBe(expected);
    }
}
