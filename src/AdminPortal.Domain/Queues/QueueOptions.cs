namespace AdminPortal.Domain.Queues;

/// <summary>Configuration section <c>Queues</c>.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queues";

    /// <summary>How often agents whose wrap-up time is over are moved on (seconds).</summary>
    public int WrapUpSweepSeconds { get; set; } = 1;
}
