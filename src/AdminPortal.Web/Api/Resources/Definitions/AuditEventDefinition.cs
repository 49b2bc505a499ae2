using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Api.Callers;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>The audit trail: admins and supervisors read it; an agent is refused (403). Nobody writes it through the API.</summary>
public sealed class AuditEventDefinition(ApiCaller caller) : ProductDefinition<AuditEvent>(caller)
{
    public override Expression<Func<AuditEvent, bool>>? BaseFilter =>
        Actor.IsSupervisorOrAdmin ? null : throw new PermissionDeniedException("Only admins and supervisors may read the audit trail.");
}
