using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Queues;

/// <summary>An organisation with menus and agents, and events sent through the intake as its phone and chat systems would.</summary>
internal sealed class QueueWorld(OrganisationScenario organisation, TestDatabase database, ManualTimeProvider clock)
{
    public OrganisationScenario Organisation { get; } = organisation;

    public ManualTimeProvider Clock { get; } = clock;

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public Actor System => Organisation.System;

    public static async Task<QueueWorld> CreateAsync(TestDatabase database)
    {
        var clock = ((IClockedDatabase)database).Clock;
        return new QueueWorld(await OrganisationScenario.CreateAsync(database), database, clock);
    }

    public Task<Agent> AgentAsync(string name, string status = "Available") => Organisation.AddAgentAsync("Storm", name, status);

    public Task<Menu> MenuAsync(string name, Menu? parent = null) => Organisation.AddMenuAsync(name, parent);

    public static IntakeEvent Call(string id, ContactEventType type) => new(ContactKind.Call, id, type);

    public static IntakeEvent Chat(string id, ContactEventType type) => new(ContactKind.Chat, id, type);

    public async Task<IntakeResult> SendAsync(IntakeEvent e)
    {
        await using var scope = Organisation.Scope();
        return await scope.Get<IContactIntake>().RecordAsync(System, e);
    }

    /// <summary>Queued at <paramref name="at"/> on <paramref name="menu"/>, offered to <paramref name="agent"/> and answered after <paramref name="wait"/> seconds.</summary>
    public async Task AnsweredAsync(string id, Menu menu, Agent agent, DateTime at, double wait, string lang = "en", ContactKind kind = ContactKind.Call)
    {
        await SendAsync(new IntakeEvent(kind, id, ContactEventType.Queued) { MenuId = menu.Id, Lang = lang, OccurredAt = at });
        await SendAsync(new IntakeEvent(kind, id, ContactEventType.Offered) { AgentId = agent.Id, OccurredAt = at.AddSeconds(wait / 2) });
        await SendAsync(new IntakeEvent(kind, id, ContactEventType.Connected) { OccurredAt = at.AddSeconds(wait) });
    }

    public async Task AbandonedAsync(string id, Menu menu, DateTime at, double wait, string lang = "en")
    {
        await SendAsync(new IntakeEvent(ContactKind.Call, id, ContactEventType.Queued) { MenuId = menu.Id, Lang = lang, OccurredAt = at });
        await SendAsync(new IntakeEvent(ContactKind.Call, id, ContactEventType.Abandoned) { OccurredAt = at.AddSeconds(wait) });
    }

    /// <summary>The agent's own pick in the widget (it waits for the agent's call).</summary>
    public async Task<StatusChangeResult> PickAsync(Agent agent, string status)
    {
        await using var scope = Organisation.Scope();
        var actor = OrganisationScenario.ActorFor(agent);
        var target = status == "after work" ? StatusTarget.AfterWork : StatusTarget.Named(status);
        return await scope.Get<IStatusChangeService>().ChangeAsync(
            new StatusRequest(agent.Id, target, StatusSource.Widget, actor) { QueueWhileWorking = true });
    }

    public async Task<Call> CallAsync(string id)
    {
        await using var scope = Organisation.Scope();
        return await scope.Db.Calls.AsNoTracking().SingleAsync(c => c.ExternalId == id);
    }

    public async Task<Chat> ChatAsync(string id)
    {
        await using var scope = Organisation.Scope();
        return await scope.Db.Chats.AsNoTracking().SingleAsync(c => c.ExternalId == id);
    }

    public async Task<List<ContactEvent>> EventsAsync(Guid contactId)
    {
        await using var scope = Organisation.Scope();
        return await scope.Db.ContactEvents.AsNoTracking().Where(e => e.CallId == contactId || e.ChatId == contactId).OrderBy(e => e.RecordedAt).ToListAsync();
    }

    public async Task<List<QueueWait>> WaitsAsync(Guid contactId)
    {
        await using var scope = Organisation.Scope();
        return await scope.Db.QueueWaits.AsNoTracking().Where(w => w.CallId == contactId || w.ChatId == contactId).OrderBy(w => w.StartedAt).ToListAsync();
    }

    public async Task<Agent> ReloadAsync(Agent agent)
    {
        await using var scope = Organisation.Scope();
        return await scope.Db.Agents.AsNoTracking().Include(a => a.Status).Include(a => a.NextStatus).FirstAsync(a => a.Id == agent.Id);
    }

    public async Task UpdateAsync(Func<Data.AdminPortalDbContext, Task> change)
    {
        await using var scope = Organisation.Scope();
        await change(scope.Db);
        await scope.Db.SaveChangesAsync();
    }

    public TenantScope Scope() => database.ActAs(Organisation.Organisation.Id);
}
