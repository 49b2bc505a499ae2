using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Statuses.Feed;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Records what the phone and chat systems report (source system). Each event is one transaction: the contact row (created
/// by <c>queued</c>), the event, the queue wait it opens or closes and its effect on the agent's status, decided by the
/// status rules under the agent's lock (<see cref="AgentStatusWriter"/>). The agent's lock is taken before the
/// transaction, like every status change, so the two never wait on each other. A status the rules refuse (the agent
/// went offline meanwhile) leaves the event recorded with the reason. Both changes are announced in the transaction
/// (<see cref="IFeedAnnouncer"/>): every host's feeds hear of them once, and only if, it commits.
/// </summary>
internal sealed class ContactIntake(
    AdminPortalDbContext db,
    AgentStatusLocks locks,
    AgentStatusWriter writer,
    IFeedAnnouncer announcer,
    ContactWrites writes,
    TimeProvider clock) : IContactIntake
{
    private const int MaxAttempts = 10;

    public async Task<IntakeResult> RecordAsync(Actor actor, IntakeEvent request, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "report calls and chats");
        var fact = IntakeValidation.Validate(request, clock.UtcNow());
        var externalId = request.ExternalId.Trim();
        var key = IntakeValidation.KeyOf(request, fact);
        var subject = $"{(request.Kind == ContactKind.Call ? "Call" : "Chat")} '{externalId}'";
        await writes.EnsureReferencesAsync(request, cancellationToken);
        var target = ContactLifecycle.AgentOf(fact);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var agentId = target.AgentId;
            if (!target.Known || attempt > 1)
            {
                var preview = await ContactRecord.LoadAsync(db, request.Kind, externalId, forUpdate: false, cancellationToken);
                agentId = EffectOf(ContactLifecycle.Decide(preview.State, fact, subject))?.AgentId ?? agentId;
            }

            Outcome? outcome;
            using (agentId is { } id ? await locks.AcquireAsync(id, cancellationToken) : null)
            {
                try
                {
                    outcome = await RecordOnceAsync(request, fact, key, externalId, subject, agentId, cancellationToken);
                }
                catch (Exception exception) when (attempt < MaxAttempts && IsRace(exception))
                {
                    // another process wrote the same contact or agent first: decide again on what it wrote
                    continue;
                }
            }

            switch (outcome)
            {
                case null when attempt == MaxAttempts:
                    throw new ConflictException($"{subject} changed too often meanwhile; send the event again.");
                case null:
                    // the contact moved on to another agent between the first read and the lock: lock that one
                    continue;
                case { Refusal: { } refusal }:
                    throw new ConflictException(refusal);
            }

            return outcome.Result!;
        }
    }

    private async Task<Outcome?> RecordOnceAsync(
        IntakeEvent request, ContactFact fact, string key, string externalId, string subject, Guid? lockedAgent, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await ContactRecord.LoadAsync(db, request.Kind, externalId, forUpdate: true, cancellationToken);
        if (record.Events.Any(e => e.EventId == key))
        {
            return Repeat(record, externalId, $"{subject}: this event was already recorded.");
        }

        var decision = ContactLifecycle.Decide(record.State, fact, subject);
        switch (decision)
        {
            case ContactRefusal refusal:
                return new Outcome(null) { Refusal = refusal.Message };
            case ContactUnchanged unchanged:
                return Repeat(record, externalId, unchanged.Reason);
        }

        var change = (ContactChange)decision;
        if (change.Effect is { } moves && moves.AgentId != lockedAgent)
        {
            return null;
        }

        var now = clock.UtcNow();
        var written = await writes.WriteAsync(record, request, fact, change, key, now, cancellationToken);
        StatusApplied? applied = null;
        if (change.Effect is { } effect)
        {
            if (effect.Step == WorkStepKind.Engage)
            {
                await writes.CountAsync(effect.AgentId, request.Kind, cancellationToken);
            }

            var step = new WorkStep(effect.Step, new WorkItem(request.Kind, written.ContactId));
            var statuses = new StatusCatalog(await db.UserStatuses.AsNoTracking().ToListAsync(cancellationToken));
            applied = await writer.ApplyUnderHeldLockAsync(StatusRequest.ForWork(effect.AgentId, step, written.Event.OrganisationId), statuses, cancellationToken);
            written.Event.StatusEffect = Describe(applied);
        }

        await db.SaveChangesAsync(cancellationToken);
        var queue = new QueueChanged(written.Event.OrganisationId, request.Kind, written.ContactId, change.Next.MenuId, ContactEventTypes.Name(fact.Type), now);
        if (applied?.Change is { } statusChange)
        {
            await announcer.AnnounceAsync(statusChange, cancellationToken);
        }

        await announcer.AnnounceAsync(queue, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var result = new IntakeResult(request.Kind, written.ContactId, written.NumericId, externalId, written.Status, true, null, written.Event.StatusEffect);
        return new Outcome(result);
    }

    private static Outcome Repeat(ContactRecord record, string externalId, string reason) => new(new(
        record.Kind,
        record.Id!.Value,
        record.Call?.NumericId ?? record.Chat!.NumericId,
        externalId,
        record.Call?.Status ?? record.Chat!.Status,
        false,
        reason,
        null));

    private static AgentEffect? EffectOf(ContactDecision decision) => decision is ContactChange change ? change.Effect : null;

    /// <summary>What the event did to the agent: the status it moved to, or why it stayed.</summary>
    private static string Describe(StatusApplied applied) =>
        applied.Refusal?.Message ?? (applied.Row is not null ? applied.CurrentStatus : applied.Note ?? applied.CurrentStatus);

    /// <summary>A unique key another writer took first (the same new contact on PostgreSQL) or a concurrent change of the agent.</summary>
    private static bool IsRace(Exception exception) => exception is DbUpdateConcurrencyException or ConflictException;

    private sealed record Outcome(IntakeResult? Result)
    {
        /// <summary>Why the lifecycle refused the event (a 409); nothing was written.</summary>
        public string? Refusal { get; init; }
    }
}
