using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

/// <summary>
/// A database of the previous version, holding values the new unique keys refuse, migrated to this version:
/// every row numbered in creation order, duplicates told apart, counters ready for the next row.
/// </summary>
internal sealed class ExistingRowsMigrationScenario(TestDatabase database)
{
    private static readonly DateTime At = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private readonly Guid _organisation = Guid.CreateVersion7();

    public async Task Rows_of_an_older_database_are_numbered_and_made_unique()
    {
        await using (var system = database.CreateSystemScope())
        {
            var db = system.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_HistoryIndexes", StringComparison.Ordinal)));
            await WriteOldRowsAsync(db);
            await migrator.MigrateAsync();
        }

        await using var scope = database.ActAs(_organisation);
        var agents = await scope.Db.Agents.AsNoTracking().OrderBy(a => a.NumericId).ToListAsync();
        agents.Select(a => (a.NumericId, a.Email, a.AgentNumber, a.ExtensionNumber)).ShouldBe(
        [
            (1, "vader@empire.com", "Agent No.1", "111"),
            (2, "duplicate-2-VADER@empire.com", "Agent No.1 (2)", null),
            (3, "tarkin@empire.com", "Agent No.3", "123"),
        ]);
        var teams = await scope.Db.Teams.AsNoTracking().OrderBy(t => t.Position).Select(t => new { t.Name, t.NumericId }).ToListAsync();
        teams.Select(t => t.Name).ShouldBe(["Alpha", "Alpha (2)", "alpha (3)"]);
        teams.Select(t => t.NumericId).Order().ShouldBe([1L, 2L, 3L]);
        var statuses = await scope.Db.UserStatuses.AsNoTracking().ToDictionaryAsync(s => (s.Name, s.Deleted), s => (s.NumericId, s.WfmId));
        statuses[("Available", false)].ShouldBe((0L, 11));
        statuses[("Offline", false)].ShouldBe((-10L, 36));
        statuses[("Lunch", false)].ShouldBe((1L, 45));
        statuses[("LUNCH (2)", false)].ShouldBe((2L, null));
        statuses[("Lunch", true)].ShouldBe((3L, 45));

        scope.Db.Teams.Add(new Team { OrganisationId = _organisation, Name = "After the upgrade" });
        scope.Db.UserStatuses.Add(new UserStatus { OrganisationId = _organisation, Name = "Training", Color = "teal" });
        await scope.Db.SaveChangesAsync();
        (await scope.Db.Teams.MaxAsync(t => t.NumericId)).ShouldBe(4);
        (await scope.Db.UserStatuses.MaxAsync(s => s.NumericId)).ShouldBe(4);
    }

    private async Task WriteOldRowsAsync(AdminPortalDbContext db)
    {
        await Sql(db, "INSERT INTO organisations (id, name, subdomain, api_rate_limit_per_second, created_at) VALUES ({0}, 'Empire', {1}, 10, {2})",
            _organisation, $"empire-{_organisation:N}", At);
        var available = Guid.CreateVersion7();
        await Status(db, available, "Available", 11, 0, 0, false);
        await Status(db, Guid.CreateVersion7(), "Offline", 36, -10, 9, false);
        await Status(db, Guid.CreateVersion7(), "Lunch", 45, null, 10, false);
        await Status(db, Guid.CreateVersion7(), "LUNCH", 45, null, 11, false);
        await Status(db, Guid.CreateVersion7(), "Lunch", 45, null, 12, true);
        await Agent(db, "vader@empire.com", "Agent No.1", "111", available, At);
        await Agent(db, "VADER@empire.com", "Agent No.1", "111", available, At.AddMinutes(1));
        await Agent(db, "tarkin@empire.com", "Agent No.3", "123", available, At.AddMinutes(2));
        foreach (var (name, position) in new[] { ("Alpha", 0), ("Alpha", 1), ("alpha", 2) })
        {
            await Sql(db, "INSERT INTO teams (id, organisation_id, name, parent_id, position, deleted) VALUES ({0}, {1}, {2}, NULL, {3}, {4})",
                Guid.CreateVersion7(), _organisation, name, position, false);
        }
    }

    private Task Status(AdminPortalDbContext db, Guid id, string name, int wfmId, int? builtInId, int position, bool deleted) => Sql(db,
        "INSERT INTO user_statuses (id, organisation_id, name, color, wfm_id, system, built_in_id, category, position, deleted) " +
        $"VALUES ({{0}}, {{1}}, {{2}}, 'grey', {{3}}, {{4}}, {builtInId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NULL"}, 'away', {{5}}, {{6}})",
        id, _organisation, name, wfmId, false, position, deleted);

    private Task Agent(AdminPortalDbContext db, string email, string number, string extension, Guid statusId, DateTime createdAt) => Sql(db,
        "INSERT INTO agents (id, organisation_id, email, first_name, last_name, agent_number, extension_number, role, status_id, " +
        "status_updated_at, session_origin, created_at, call_count, chat_count, version) " +
        "VALUES ({0}, {1}, {2}, 'First', 'Last', {3}, {4}, 'agent', {5}, {6}, 'none', {6}, 0, 0, {7})",
        Guid.CreateVersion7(), _organisation, email, number, extension, statusId, createdAt, Guid.NewGuid());

    private static Task Sql(AdminPortalDbContext db, string sql, params object[] values) => db.Database.ExecuteSqlRawAsync(sql, values);
}
