using System.Diagnostics;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench;

/// <summary>
/// The same traffic two ways: each call is queued, offered, connected, ended and its wrap-up ended (five events; three
/// of them move the agent). Workers have agents of their own and send their calls one event after another.
/// </summary>
internal sealed class EventRunner(BenchOrganisation organisation, int workers)
{
    private static readonly ContactEventType[] Script =
        [ContactEventType.Queued, ContactEventType.Offered, ContactEventType.Connected, ContactEventType.Ended, ContactEventType.WrapUpEnded];

    private long _sequence;

    /// <summary>Events per second through the intake service: lifecycle, queue waits, events, status rules, activity rows.</summary>
    public Task<double> IntakeAsync(TimeSpan duration) => RunAsync(duration, async (call, type, agent, menu) =>
    {
        await using var scope = organisation.Scope();
        var intake = scope.ServiceProvider.GetRequiredService<IContactIntake>();
        await intake.RecordAsync(Actor.System(organisation.OrganisationId), new IntakeEvent(ContactKind.Call, call.External, type)
        {
            MenuId = type == ContactEventType.Queued ? menu : null,
            AgentId = type == ContactEventType.Offered ? agent : null,
        });
    });

    /// <summary>
    /// Events per second of the raw baseline: per event one transaction that inserts the event row and inserts or updates
    /// the call row with one SQL statement each, and updates the agent's status for the three events that move it.
    /// </summary>
    public Task<double> BaselineAsync(TimeSpan duration, IReadOnlyDictionary<ContactEventType, Guid> statuses) => RunAsync(duration, async (call, type, agent, menu) =>
    {
        await using var scope = organisation.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var now = DateTime.UtcNow;
        var org = organisation.OrganisationId;
        var name = type.ToString().ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (type == ContactEventType.Queued)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO calls (id, organisation_id, numeric_id, external_id, call_type, status, fail_reason, disconnected_by, lang,
                    verified, service_level_event, created_at, updated_at, queued_at, call_duration, hold_duration, wait_duration, selected_menu_id)
                VALUES ({call.Id}, {org}, {call.Number}, {call.External}, 'IvrCall', 'queued', 'nothing', 'disconnected_by_unknown', 'en',
                    FALSE, 'excluded', {now}, {now}, {now}, 0, 0, 0, {menu})
                """);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"UPDATE calls SET status = {name}, updated_at = {now}, agent_id = {agent} WHERE id = {call.Id}");
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO contact_events (id, organisation_id, numeric_id, kind, call_id, type, event_id, occurred_at, recorded_at, agent_id)
            VALUES ({Guid.CreateVersion7()}, {org}, {call.Number * 10 + (int)type}, 'call', {call.Id}, {name}, {name}, {now}, {now}, {agent})
            """);
        if (statuses.TryGetValue(type, out var status))
        {
            await db.Database.ExecuteSqlAsync($"UPDATE agents SET status_id = {status}, status_updated_at = {now} WHERE id = {agent}");
        }

        await transaction.CommitAsync();
    });

    /// <summary>The built-in statuses the three moving events lead to (connected In-call, ended Wrap-up, wrap-up ended Available).</summary>
    public async Task<IReadOnlyDictionary<ContactEventType, Guid>> StatusesAsync()
    {
        await using var scope = organisation.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var byId = await db.UserStatuses.Where(s => s.BuiltInId != null).ToDictionaryAsync(s => s.BuiltInId!.Value, s => s.Id);
        return new Dictionary<ContactEventType, Guid>
        {
            [ContactEventType.Connected] = byId[BuiltInStatuses.InCall.BuiltInId],
            [ContactEventType.Ended] = byId[BuiltInStatuses.WrapUp.BuiltInId],
            [ContactEventType.WrapUpEnded] = byId[BuiltInStatuses.Available.BuiltInId],
        };
    }

    private async Task<double> RunAsync(TimeSpan duration, Func<BenchCall, ContactEventType, Guid, Guid, Task> send)
    {
        var stopwatch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var agents = organisation.Agents.Where((_, i) => i % workers == worker).ToList();
            var events = 0;
            for (var n = 0; stopwatch.Elapsed < duration; n++)
            {
                var number = Interlocked.Increment(ref _sequence) + 1_000_000;
                var call = new BenchCall(Guid.CreateVersion7(), number, $"bench-{number}");
                var agent = agents[n % agents.Count];
                var menu = organisation.Menus[n % organisation.Menus.Count];
                foreach (var type in Script)
                {
                    await send(call, type, agent, menu);
                    events++;
                }
            }

            return events;
        })));
        return counts.Sum() / stopwatch.Elapsed.TotalSeconds;
    }

    private sealed record BenchCall(Guid Id, long Number, string External);
}
