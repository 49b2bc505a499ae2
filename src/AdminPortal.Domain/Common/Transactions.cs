using AdminPortal.Domain.Data;

namespace AdminPortal.Domain.Common;

internal static class Transactions
{
    /// <summary>Runs <paramref name="work"/> and its SaveChanges in one transaction (joining the caller's when one is open).</summary>
    public static async Task<T> InTransactionAsync<T>(this AdminPortalDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public static Task InTransactionAsync(this AdminPortalDbContext db, Func<Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);
}
