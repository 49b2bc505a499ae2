using System.Globalization;

namespace JsonApi.Bench;

public sealed record BenchOptions(double Seconds, int Rounds, string Load, int? ServePort, string? Only = null)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(8, 4, "wrk", null);
        var positional = 0;
        for (var index = 0; index < args.Length; index++)
        {
            options = args[index] switch
            {
                "--load" when index + 1 < args.Length && args[index + 1] is "wrk" or "in-process" => options with { Load = args[++index] },
                "--only" when index + 1 < args.Length => options with { Only = args[++index] },
                "--serve" when index + 1 < args.Length => options with { ServePort = int.Parse(args[++index], CultureInfo.InvariantCulture) },
                var value when positional++ == 0 => options with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                var value when positional == 2 => options with { Rounds = int.Parse(value, CultureInfo.InvariantCulture) },
                var value => throw new ArgumentException($"Unknown argument '{value}'."),
            };
        }

        return options;
    }
}
