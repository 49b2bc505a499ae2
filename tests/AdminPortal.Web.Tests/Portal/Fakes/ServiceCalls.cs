namespace AdminPortal.Web.Tests.Portal.Fakes;

/// <summary>What the page asked the services to do, in order, and an optional refusal for the next call.</summary>
public sealed class ServiceCalls
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>Run on each call (e.g. to make a move happen in the database the page reads).</summary>
    public Action<string>? Effect { get; set; }

    /// <summary>Thrown by the next service call instead of succeeding.</summary>
    public Exception? Refusal { get; set; }

    public void Record(string call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }

        if (Refusal is { } refusal)
        {
            Refusal = null;
            throw refusal;
        }

        Effect?.Invoke(call);
    }
}
