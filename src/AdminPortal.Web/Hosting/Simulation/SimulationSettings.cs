namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>
/// How busy a simulated contact center is: arrivals per minute over all queues, how long end users wait before they
/// hang up, how long conversations last, how often offers are missed, calls held or transferred, callers hang up in the
/// phone menu, agents set a wrap-up code and end users answer the survey.
/// </summary>
public sealed record SimulationSettings
{
    public double CallsPerMinute { get; init; } = 12;
    public double ChatsPerMinute { get; init; } = 4;

    /// <summary>Mean patience of an end user in the queue beyond the first 20 seconds.</summary>
    public TimeSpan MeanPatience { get; init; } = TimeSpan.FromSeconds(90);
    public TimeSpan MeanCallHandleTime { get; init; } = TimeSpan.FromSeconds(100);
    public TimeSpan MeanChatHandleTime { get; init; } = TimeSpan.FromSeconds(150);
    public double MissedOfferShare { get; init; } = 0.08;
    public double HeldShare { get; init; } = 0.2;
    public double TransferShare { get; init; } = 0.05;

    /// <summary>Share of IVR calls whose caller hangs up in the phone menu, before reaching a queue.</summary>
    public double MenuHangUpShare { get; init; } = 0.06;

    /// <summary>Share of ended calls and chats the agent gives a wrap-up code.</summary>
    public double DispositionShare { get; init; } = 0.85;

    /// <summary>Share of ended calls and chats whose end user answers the survey afterwards.</summary>
    public double RatedShare { get; init; } = 0.3;

    /// <summary>Share of calls whose wrap-up the phone system ends before the organisation's wrap-up time does.</summary>
    public double EarlyWrapUpEndShare { get; init; } = 0.4;

    /// <summary>How long a simulated agent takes to notice a missed call and choose Available again.</summary>
    public TimeSpan MissedCallAcknowledgement { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the simulation keeps an agent reserved after its call (the organisation's wrap-up runs meanwhile).</summary>
    public TimeSpan AgentRest { get; init; } = TimeSpan.FromSeconds(35);
    public TimeSpan RefreshEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// At most this many queues get traffic (null: all): those whose number of available agents at the start is closest to a
    /// small team's, so the board shows waits as well as answers.
    /// </summary>
    public int? MaxQueues { get; init; }

    /// <summary>The gentle traffic of the demo organisation (Demo:Simulate): queues move without flooding the board.</summary>
    public static SimulationSettings Gentle { get; } = new() { CallsPerMinute = 4, ChatsPerMinute = 1.5, MaxQueues = 10 };
}
