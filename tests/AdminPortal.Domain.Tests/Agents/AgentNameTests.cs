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
    public void The_query_expression_and_the_function_say_the_same(string first, string? middle, string last, string expected)
    {
        var agent = new Agent { Email = "vader@empire.com", FirstName = first, MiddleName = middle, LastName = last };

        AgentName.Of(first, middle, last).ShouldBe(expected);
        AgentName.Expression.Compile()(agent).ShouldBe(expected);
        agent.Name.ShouldBe(expected);
        AgentName.Of<OperatorStatus>(o => o.SipUser).Compile()(new OperatorStatus { Status = "Break", SipUser = agent }).ShouldBe(expected);
    }
}
