using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Agents;

/// <summary>One agent to import, with the line it came from (to point at it when refused).</summary>
public sealed record AgentImportRow(int Line, AgentDetails Details, string? Password);

/// <summary>Why one line was refused: the service's messages, keyed by member (snake_case) or by an empty key for a rule.</summary>
public sealed record AgentImportError(int Line, IReadOnlyDictionary<string, string> Messages);

/// <summary>What an import did or would do: every line accepted, or the refused lines (and then nothing was written).</summary>
public sealed record AgentImportResult(int Accepted, IReadOnlyList<AgentImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports agents all or nothing: every row goes through <see cref="IAgentService.CreateAsync"/> inside one transaction,
/// which is committed only when no row is refused. <see cref="CheckAsync"/> runs the same rows and always rolls back, so a
/// preview shows exactly what the import would refuse (duplicates within the file included).
/// </summary>
public sealed class AgentImport(AdminPortalDbContext db, IAgentService agents)
{
    public const int MaxRows = 1000;

    public Task<AgentImportResult> CheckAsync(Actor actor, IReadOnlyList<AgentImportRow> rows, CancellationToken cancellationToken = default) =>
        RunAsync(actor, rows, commit: false, cancellationToken);

    public Task<AgentImportResult> ImportAsync(Actor actor, IReadOnlyList<AgentImportRow> rows, CancellationToken cancellationToken = default) =>
        RunAsync(actor, rows, commit: true, cancellationToken);

    private async Task<AgentImportResult> RunAsync(Actor actor, IReadOnlyList<AgentImportRow> rows, bool commit, CancellationToken cancellationToken)
    {
        db.EnsureAdmin(actor, "add agents");
        if (rows.Count > MaxRows)
        {
            throw ValidationFailedException.For("file", $"An import can hold at most {MaxRows} agents; this file has {rows.Count}.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var errors = new List<AgentImportError>();
        foreach (var row in rows)
        {
            try
            {
                await agents.CreateAsync(actor, row.Details, row.Password, cancellationToken);
            }
            catch (ValidationFailedException exception)
            {
                errors.Add(new AgentImportError(row.Line, exception.Errors));
            }
            catch (DomainException exception)
            {
                errors.Add(new AgentImportError(row.Line, new Dictionary<string, string> { [string.Empty] = exception.Message }));
            }
        }

        if (commit && errors.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return new AgentImportResult(errors.Count == 0 ? rows.Count : 0, errors);
    }
}
