using Scale;

// Usage: dotnet run -c Release --project bench/Scale -- [--provider Sqlite|Postgres] [--agents 10000] [--database FILE] ...
var options = ScaleOptions.Parse(args);
var output = Console.Out;
await output.WriteLineAsync($"Load average at start: {LoadAverage.Read()}");
await using var host = await ScaleHost.StartAsync(options, output);
if (!options.PagesOnly)
{
    var api = new ApiTimings(host, options, output);
    await api.RunAsync();
    await new StatusWriteLoad(host, options, output).RunAsync(api);
}

if (!options.SkipPages)
{
    await new PageTimings(host, options, output).RunAsync();
}

await output.WriteLineAsync($"Load average at end: {LoadAverage.Read()}");
