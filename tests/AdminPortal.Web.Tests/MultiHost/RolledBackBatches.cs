using System.Net;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>An atomic batch whose status change is undone by a later failing operation announces nothing, on any host.</summary>
internal static class RolledBackBatches
{
    private const string AtomicMediaType = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    public static async Task AreNeverAnnouncedAsync(ApiHost host, params IStatusFeed[] feeds)
    {
        await host.PutInStatusAsync("trooper2@empire.com", "Available");
        await host.PutInStatusAsync("trooper6@empire.com", "Available");
        var undone = await host.AgentAsync("trooper2@empire.com");
        var later = await host.AgentAsync("trooper6@empire.com");
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var boards = feeds.Select(feed => new FeedRecorder(feed, undone.OrganisationId)).ToList();
        try
        {
            var batch = await admin.PostAsync("/api/operations", Json($$$$"""
                {"atomic:operations": [
                  {"op": "add", "data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{undone.Id}}}}", "source": "admin", "status": "Break"}}},
                  {"op": "add", "data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{Guid.NewGuid()}}}}", "source": "admin", "status": "Break"}}}
                ]}
                """, AtomicMediaType));
            var after = await admin.PostAsync("/api/operator_statuses", Json(
                $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{later.Id}}", "source": "admin", "status": "Meal"} } }""",
                JsonApiMediaType));

            ((int)batch.StatusCode).ShouldBeInRange(400, 499, await batch.Content.ReadAsStringAsync());
            after.StatusCode.ShouldBe(HttpStatusCode.Created);
            (await host.StatusOfAsync("trooper2@empire.com")).ShouldBe("Available");
            foreach (var board in boards)
            {
                // changes arrive in commit order: once the later change is here, an announced batch would be too
                (await board.ReceivesAsync(later.Id, "Meal", TimeSpan.FromSeconds(5))).ShouldBeTrue("the later change never arrived");
                board.Changes.ShouldNotContain(c => c.AgentId == undone.Id);
            }
        }
        finally
        {
            boards.ForEach(board => board.Dispose());
        }
    }
}
