namespace AdminPortal.Domain.Errors;

/// <summary>The change was decided on a read that is no longer current (a failed <c>If-Match</c>): 412, nothing written.</summary>
public sealed class StaleReadException() : DomainException("The agent has changed since it was read.");
