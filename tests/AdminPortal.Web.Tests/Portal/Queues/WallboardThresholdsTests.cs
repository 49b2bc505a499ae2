using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Tests.Portal.Queues;

/// <summary>The colour of a wallboard tile for a queue with a 20 s service level and an 80 % target.</summary>
public sealed class WallboardThresholdsTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly QueueMenu Menu = new(Guid.NewGuid(), 11, "Carpentry", "Death Star/Carpentry", false, null, new ServiceLevel(20, 80));

    [Theory]
    [InlineData(0, 0, "1,0,0,0", null, null, WallboardLevel.Idle)]
    [InlineData(0, 0, "1,0,0,0", 90.0, 85.0, WallboardLevel.Ok)]
    [InlineData(2, 10, "1,0,0,0", null, null, WallboardLevel.Ok)]
    [InlineData(2, 20, "1,0,0,0", null, null, WallboardLevel.Warning)]
    [InlineData(0, 0, "1,0,0,0", 90.0, 79.9, WallboardLevel.Warning)]
    [InlineData(0, 0, "1,0,0,0", 75.0, 90.0, WallboardLevel.Warning)]
    [InlineData(0, 0, "1,0,0,0", 69.9, 90.0, WallboardLevel.Critical)]
    [InlineData(1, 39, "0,1,0,0", null, null, WallboardLevel.Warning)]
    [InlineData(1, 40, "0,1,0,0", null, null, WallboardLevel.Critical)]
    [InlineData(1, 1, "0,0,0,3", null, null, WallboardLevel.Critical)]
    [InlineData(1, 1, "0,0,1,0", null, null, WallboardLevel.Ok)]
    public void A_tile_is_coloured_by_its_waits_agents_and_service_level(int waiting, int oldestSeconds, string agents, double? sla15, double? sla60, WallboardLevel expected)
    {
        var counts = agents.Split(',').Select(int.Parse).ToArray();
        var tile = new WallboardTile(new QueueKey(Menu.Id, "en", ContactKind.Call), Menu, waiting, waiting > 0 ? Now.AddSeconds(-oldestSeconds) : null,
            new QueueAgents(counts[0], counts[1], counts[2], counts[3]), sla15, sla60);

        WallboardThresholds.Of(tile, Now).ShouldBe(expected);
    }
}
