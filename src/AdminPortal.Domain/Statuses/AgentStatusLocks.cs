namespace AdminPortal.Domain.Statuses;

/// <summary>One async lock per agent (a singleton): status changes of one agent never interleave within this process.</summary>
public sealed class AgentStatusLocks
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Entry> _entries = [];

    public async Task<IDisposable> AcquireAsync(Guid agentId, CancellationToken cancellationToken = default)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(agentId, out entry!))
            {
                entry = new Entry();
                _entries[agentId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(agentId, entry);
            throw;
        }

        return new Releaser(this, agentId, entry);
    }

    /// <summary>How many agents have a change running or waiting (for diagnostics and tests).</summary>
    public int ActiveAgents
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    private void Leave(Guid agentId, Entry entry)
    {
        lock (_gate)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(agentId);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Releaser(AgentStatusLocks owner, Guid agentId, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(agentId, entry);
            }
        }
    }
}
