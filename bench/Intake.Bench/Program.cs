using System.Globalization;
using AdminPortal.Domain.Data;
using Intake.Bench;

// Usage: dotnet run -c Release --project bench/Intake.Bench [seconds per round, default 6] [rounds, default 3] [workers, default 4] [PostgreSQL connection string]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 6;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var workers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
var postgres = args.Length > 3 ? args[3] : null;
var databasePath = Path.Combine(Path.GetTempPath(), $"intake-bench-{Guid.NewGuid():N}.db");
var (provider, connectionString) = postgres is null
    ? (DatabaseProvider.Sqlite, $"Data Source={databasePath}")
    : (DatabaseProvider.Postgres, postgres);

Console.WriteLine($"Intake bench on {provider}: {workers} workers, {rounds} rounds of {seconds} s each way, 200 agents, 10 menus");
await using (var organisation = await BenchOrganisation.CreateAsync(provider, connectionString, agentCount: 200, menuCount: 10))
{
    var runner = new EventRunner(organisation, workers);
    var statuses = await runner.StatusesAsync();
    var duration = TimeSpan.FromSeconds(seconds);
    await runner.IntakeAsync(TimeSpan.FromSeconds(2));
    await runner.BaselineAsync(TimeSpan.FromSeconds(2), statuses);

    var intake = new List<double>();
    var baseline = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        // alternate the order so load from other processes falls on both alike
        if (round % 2 == 1)
        {
            intake.Add(await runner.IntakeAsync(duration));
            baseline.Add(await runner.BaselineAsync(duration, statuses));
        }
        else
        {
            baseline.Add(await runner.BaselineAsync(duration, statuses));
            intake.Add(await runner.IntakeAsync(duration));
        }

        Console.WriteLine($"round {round}: intake {intake[^1],8:F0} events/s   raw baseline {baseline[^1],8:F0} events/s");
    }

    var (i, b) = (Median(intake), Median(baseline));
    Console.WriteLine($"median:  intake {i,8:F0} events/s   raw baseline {b,8:F0} events/s   ratio intake/baseline {i / b:F2}");
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }.Where(File.Exists))
{
    File.Delete(file);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
