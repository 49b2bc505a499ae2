using System.Collections.Concurrent;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Portal.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Portal.Board;

/// <summary>
/// The live board's queries on each provider: the columns' counts in one grouped query, their first agents in another
/// (each column its own range of the status index, not every agent numbered), names with the middle name.
/// </summary>
public abstract class LiveBoardQueryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase, ICommandLog
{
    [Fact]
    public virtual async Task Columns_come_from_a_fixed_number_of_queries_most_recent_changes_first()
    {
        var organisation = await database.CreateOrganisationAsync();
        var now = DateTime.UtcNow;
        await using (var arrange = database.ActAs(organisation.Id))
        {
            var statuses = await arrange.Db.UserStatuses.ToDictionaryAsync(s => s.Name);
            Add(arrange.Db, organisation.Id, "Darth", "Sith", "Vader", statuses["Break"], now.AddMinutes(-5));
            Add(arrange.Db, organisation.Id, "Craig", null, "T", statuses["Break"], now.AddMinutes(-50));
            Add(arrange.Db, organisation.Id, "Storm", null, "Trooper", statuses["Available"], now.AddMinutes(-1));
            for (var i = 0; i < LiveBoard.PerStatus + 3; i++)
            {
                Add(arrange.Db, organisation.Id, "Clone", null, $"Trooper {i}", statuses["Meal"], now.AddSeconds(-i));
            }

            await arrange.Db.SaveChangesAsync();
        }

        await using var scope = database.ActAs(organisation.Id);
        database.Commands.Clear();
        var columns = await scope.Get<LiveBoard>().ColumnsAsync(new BoardFilter());

        database.Commands.Count.ShouldBe(3, string.Join("\n\n", database.Commands)); // counts, first agents, statuses
        database.Commands.ShouldNotContain(c => c.Contains("ROW_NUMBER", StringComparison.OrdinalIgnoreCase));
        var byStatus = columns.ToDictionary(c => c.Status.Name);
        byStatus["Break"].Agents.Select(a => a.Name).ShouldBe(["Darth Sith Vader", "Craig T"]);
        byStatus["Break"].Count.ShouldBe(2);
        byStatus["Available"].Agents.Single().Name.ShouldBe("Storm Trooper");
        byStatus["Meal"].Count.ShouldBe(LiveBoard.PerStatus + 3);
        byStatus["Meal"].Agents.Count.ShouldBe(LiveBoard.PerStatus);
        byStatus["Meal"].Agents[0].Name.ShouldBe("Clone Trooper 0");
        byStatus["In-call"].Count.ShouldBe(0);
        columns.Count.ShouldBe(byStatus.Count);
    }

    [Fact]
    public virtual async Task The_rest_of_a_column_reads_on_in_the_same_order_and_a_search_narrows_it()
    {
        var organisation = await database.CreateOrganisationAsync();
        var now = DateTime.UtcNow;
        Guid mealId;
        await using (var arrange = database.ActAs(organisation.Id))
        {
            var meal = await arrange.Db.UserStatuses.SingleAsync(s => s.Name == "Meal");
            mealId = meal.Id;
            for (var i = 0; i < LiveBoard.PerStatus + 5; i++)
            {
                Add(arrange.Db, organisation.Id, "Clone", null, $"Trooper {i}", meal, now.AddSeconds(-i));
            }

            Add(arrange.Db, organisation.Id, "Darth", "Sith", "Vader", meal, now.AddHours(-3));
            await arrange.Db.SaveChangesAsync();
        }

        await using var scope = database.ActAs(organisation.Id);
        var board = scope.Get<LiveBoard>();

        var rest = await board.AgentsAsync(mealId, new BoardFilter(), LiveBoard.PerStatus, 10);
        var searched = await board.ColumnsAsync(new BoardFilter(Search: "sith"));

        rest.Select(a => a.Name).ShouldBe([.. Enumerable.Range(LiveBoard.PerStatus, 5).Select(i => $"Clone Trooper {i}"), "Darth Sith Vader"]);
        searched.Single(c => c.Status.Name == "Meal").Agents.Select(a => a.Name).ShouldBe(["Darth Sith Vader"]);
        searched.Sum(c => c.Count).ShouldBe(1);
    }

    private static void Add(DbContext db, Guid organisationId, string first, string? middle, string last, UserStatus status, DateTime since) =>
        db.Add(new Agent
        {
            OrganisationId = organisationId,
            Email = $"{Guid.NewGuid():N}@example.com",
            FirstName = first,
            MiddleName = middle,
            LastName = last,
            StatusId = status.Id,
            StatusUpdatedAt = since,
        });
}

public sealed class SqliteLiveBoardQueryTests(SqliteBoardDatabase database) : LiveBoardQueryTests<SqliteBoardDatabase>(database);

public sealed class PostgresLiveBoardQueryTests(PostgresBoardDatabase database) : LiveBoardQueryTests<PostgresBoardDatabase>(database)
{
    [PostgresFact]
    public override Task Columns_come_from_a_fixed_number_of_queries_most_recent_changes_first() => base.Columns_come_from_a_fixed_number_of_queries_most_recent_changes_first();

    [PostgresFact]
    public override Task The_rest_of_a_column_reads_on_in_the_same_order_and_a_search_narrows_it() => base.The_rest_of_a_column_reads_on_in_the_same_order_and_a_search_narrows_it();
}

/// <summary>The SQL commands a test database ran.</summary>
public interface ICommandLog
{
    ConcurrentQueue<string> Commands { get; }
}

public sealed class SqliteBoardDatabase : SqliteTestDatabase, ICommandLog
{
    public ConcurrentQueue<string> Commands { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => CommandLogging.Add(services, Commands);
}

public sealed class PostgresBoardDatabase : PostgresTestCluster, ICommandLog
{
    public ConcurrentQueue<string> Commands { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => CommandLogging.Add(services, Commands);
}

internal static class CommandLogging
{
    public static void Add(IServiceCollection services, ConcurrentQueue<string> commands)
    {
        services.AddPortalQueries();
        services.AddSingleton<ILoggerProvider>(new CommandLogger(commands));
    }

    private sealed class CommandLogger(ConcurrentQueue<string> commands) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == DbLoggerCategory.Database.Command.Name ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == RelationalEventId.CommandExecuted.Id)
            {
                commands.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
