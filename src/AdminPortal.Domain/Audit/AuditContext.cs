using AdminPortal.Domain.Common;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// The audit origin of one scope (a request, a portal operation): set by the API's request middleware and the portal's
/// scope, read by the DbContext when it saves. A scope without an origin (start-up, background sweeps, sign-in
/// bookkeeping) is the system at work and leaves no audit events.
/// </summary>
public sealed class AuditContext(TimeProvider clock)
{
    public AuditOrigin? Origin { get; private set; }

    /// <summary>When the events of a save occur.</summary>
    public DateTime Now => clock.UtcNow();

    public void Use(AuditOrigin origin) => Origin = origin;
}
