using System.Diagnostics;

namespace Scale;

/// <summary>
/// Watches, for one write phase, whether the bench process ran at all: a thread of its own sleeps a millisecond at a time
/// and notes how much later than asked it woke. A late wake-up of tens of milliseconds means nothing of the process ran in
/// that time (the machine did not schedule it, or the garbage collector had stopped it), so every answer in flight then
/// took that long too, whatever the database did.
/// </summary>
public sealed class StallWatch : IDisposable
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(20);

    private readonly Thread _thread;
    private volatile bool _stopped;
    private double _longestMs;
    private int _overThreshold;

    public StallWatch()
    {
        _thread = new Thread(Watch) { IsBackground = true, Name = "stall watch", Priority = ThreadPriority.Highest };
        _thread.Start();
    }

    /// <summary>One line: the longest time the process stood still and how often it stood still over 20 ms.</summary>
    public string Summary() =>
        $"  the process stood still {Volatile.Read(ref _longestMs):F1} ms at most, {Volatile.Read(ref _overThreshold)} times over {Threshold.TotalMilliseconds:F0} ms";

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Watch()
    {
        while (!_stopped)
        {
            var asked = Stopwatch.GetTimestamp();
            Thread.Sleep(1);
            var late = Stopwatch.GetElapsedTime(asked) - TimeSpan.FromMilliseconds(1);
            if (late > Threshold)
            {
                Interlocked.Increment(ref _overThreshold);
            }

            if (late.TotalMilliseconds > _longestMs)
            {
                Volatile.Write(ref _longestMs, late.TotalMilliseconds);
            }
        }
    }
}
