namespace Scale;

/// <summary>The machine's load average (1, 5, 15 minutes), printed beside the figures: other work on a shared machine moves them.</summary>
public static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
