using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Dialects.Apps;

/// <summary>
/// Seed 002 at <c>/apps/api/v1/agent_statuses</c>: every example request of the seed sent verbatim to the demo
/// organisation (whose agents 11, 12, 13 start as the seed's examples have them: Lunch, In-call, Offline), with an
/// organisation credential, compared with the seed's responses.
/// </summary>
public sealed class AgentStatusSeedTests(DialectHost host) : IClassFixture<DialectHost>
{
    private const string Url = "/apps/api/v1/agent_statuses";

    private async Task ArrangeSeedStatusesAsync()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");
        await host.PutInStatusAsync(ApiHost.CraigEmail, "In-call");
        await host.PutInStatusAsync(ApiHost.RaymondEmail, "Offline");
    }

    [Fact]
    public async Task Endpoint_example_changes_agents_11_and_12()
    {
        await ArrangeSeedStatusesAsync();

        var response = await host.Manager().PostAsync(Url, Json("""
            {
            "status": "Available",
            "agent_ids": [
            11,
            12
            ],
            "team_ids": []
            }
            """));

        var results = await response.ShouldBeArrayAsync();
        results.Ids("agent_id").ShouldBe([11, 12]);
        results[0]!["current_status"]!.GetValue<string>().ShouldBe("Available");
        results[1]!["message"]!.GetValue<string>().ShouldBe("Agent can't be changed from system status 'In-call'");
    }

    [Fact]
    public async Task Change_agent_statuses_successfully_answers_the_seeds_response()
    {
        await ArrangeSeedStatusesAsync();

        var response = await host.Manager().PostAsync(Url, Json("""
            {
            "status": "Available",
            "agent_ids": [
            11,
            12
            ],
            "team_ids": [
            1
            ]
            }
            """));

        var results = await response.ShouldBeArrayAsync();
        var seed = JsonNode.Parse(SeedResponses.ChangedSuccessfully)!.AsArray();
        results.Count.ShouldBe(3);
        for (var i = 0; i < seed.Count; i++)
        {
            var actual = results[i]!.AsObject();
            var expected = seed[i]!.AsObject();
            actual.Select(m => m.Key).ShouldBe(expected.Select(m => m.Key), ignoreOrder: true);
            foreach (var (name, value) in expected)
            {
                if (name == "previous_status")
                {
                    // the seed's custom status is spelled "lunch"; the demo's is "Lunch"
                    actual[name]!.GetValue<string>().ShouldBe(value!.GetValue<string>(), StringCompareShould.IgnoreCase);
                }
                else
                {
                    actual[name]!.ToJsonString().ShouldBe(value!.ToJsonString(), $"agent {i}: {name}");
                }
            }
        }

        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
        (await host.StatusOfAsync(ApiHost.CraigEmail)).ShouldBe("In-call");
        (await host.StatusOfAsync(ApiHost.RaymondEmail)).ShouldBe("Offline");
    }

    [Fact]
    public async Task Status_does_not_exist_answers_the_seeds_400()
    {
        await ArrangeSeedStatusesAsync();

        var response = await host.Manager().PostAsync(Url, Json("""
            {
            "status": "Napping",
            "agent_ids": [
            11,
            12
            ],
            "team_ids": []
            }
            """));

        await response.ShouldBeJsonAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"message":"status 'Napping' does not exist"}""");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }

    [Fact]
    public async Task Status_set_to_system_status_answers_the_seeds_400()
    {
        await ArrangeSeedStatusesAsync();

        var response = await host.Manager().PostAsync(Url, Json("""
            {
            "status": "In-call",
            "agent_ids": [
            11,
            12
            ]
            }
            """));

        await response.ShouldBeJsonAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"message":"Agent can't be changed to system status 'In-call'"}""");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }

    [Fact]
    public async Task Get_the_status_of_specific_agents_and_teams_answers_the_seeds_response()
    {
        await ArrangeSeedStatusesAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, Url)
        {
            Content = Json("""
                {
                "agent_ids": [
                11,
                12
                ],
                "team_ids": [
                1
                ]
                }
                """),
        };

        var results = await (await host.Manager().SendAsync(request)).ShouldBeArrayAsync();

        var seed = JsonNode.Parse(SeedResponses.StatusOfAgents)!.AsArray();
        SeedShape.ShouldMatch(results, SeedResponses.StatusOfAgents);
        results.Select(r => r!.AsObject().Select(m => m.Key).Order()).ShouldAllBe(keys => keys.SequenceEqual(seed[0]!.AsObject().Select(m => m.Key).Order()));
        results.Ids("agent_id").ShouldBe([11, 12, 13]);
        results.Select(r => (r!["name"]!.GetValue<string>(), r["email"]!.GetValue<string>(), r["agent_number"]!.GetValue<string>(), r["status"]!.GetValue<string>().ToLowerInvariant()))
            .ShouldBe(seed.Select(r => (r!["name"]!.GetValue<string>(), r["email"]!.GetValue<string>(), r["agent_number"]!.GetValue<string>(), r["status"]!.GetValue<string>().ToLowerInvariant())));
    }

    /// <summary>The seed's example responses, verbatim.</summary>
    private static class SeedResponses
    {
        public const string ChangedSuccessfully = """
            [
            {
            "agent_id": 11,
            "name": "Darth Vader",
            "email": "notanakinskywalker@empire.com",
            "agent_number": "Agent No.111",
            "previous_status": "lunch",
            "current_status": "Available"
            },
            {
            "agent_id": 12,
            "name": "Craig T",
            "email": "craigT@nelson.com",
            "agent_number": "Agent No.112",
            "previous_status": "In-call",
            "current_status": "In-call",
            "message": "Agent can't be changed from system status 'In-call'"
            },
            {
            "agent_id": 13,
            "name": "Raymond D",
            "email": "rayd@nelson.com",
            "agent_number": "Agent No.113",
            "previous_status": "Offline",
            "current_status": "Offline",
            "message": "Agent's status can't be changed if they are offline or logged out"
            }
            ]
            """;

        public const string StatusOfAgents = """
            [
            {
            "agent_id": 11,
            "name": "Darth Vader",
            "email": "notanakinskywalker@empire.com",
            "agent_number": "Agent No.111",
            "status": "lunch",
            "ip_addrs": [
            "34.211.11.101"
            ]
            },
            {
            "agent_id": 12,
            "name": "Craig T",
            "email": "craigT@nelson.com",
            "agent_number": "Agent No.112",
            "status": "In-call",
            "ip_addrs": [
            "34.211.11.102"
            ]
            },
            {
            "agent_id": 13,
            "name": "Raymond D",
            "email": "rayd@nelson.com",
            "agent_number": "Agent No.113",
            "status": "Offline",
            "ip_addrs": [
            "34.211.11.103"
            ]
            }
            ]
            """;
    }
}
