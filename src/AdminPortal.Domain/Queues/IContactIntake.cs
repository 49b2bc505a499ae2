using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Queues;

/// <summary>The one way calls and chats are reported (the intake API, the simulation, tests).</summary>
public interface IContactIntake
{
    /// <summary>
    /// Records one event of a call or chat for an admin or an organisation credential (403 otherwise). Invalid input
    /// throws <see cref="Errors.ValidationFailedException"/> (422), an unknown menu or agent
    /// <see cref="Errors.EntityNotFoundException"/> (404), an event that does not fit the contact's state
    /// <see cref="Errors.ConflictException"/> (409, nothing recorded). A repeat answers with <see cref="IntakeResult.Recorded"/> false.
    /// </summary>
    Task<IntakeResult> RecordAsync(Actor actor, IntakeEvent request, CancellationToken cancellationToken = default);
}
