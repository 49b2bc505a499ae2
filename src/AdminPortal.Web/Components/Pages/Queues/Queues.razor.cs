using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Pages.Queues;

/// <summary>
/// The wallboard: one tile per queue. Reloads as soon as a queue or an agent changes (the queue and status feeds, after
/// commit), ticks the oldest waits every second and reloads every 10 seconds so service level windows move on.
/// <c>?channel=call|chat</c> keeps a screen on one channel; <c>?idle=true</c> shows quiet staffed queues too.
/// </summary>
public sealed partial class Queues
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(10);

    [Inject] private IQueueFeed QueueFeed { get; set; } = null!;
    [Inject] private IStatusFeed StatusFeed { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "channel")] public string? ChannelQuery { get; set; }

    [SupplyParameterFromQuery(Name = "idle")] public bool? IdleQuery { get; set; }

    private IReadOnlyList<WallboardTile>? _tiles;
    private string _channel = "all";
    private Choice? _menu;
    private bool _idle;
    private DateTime _now;
    private DateTime _loadedAt;
    private readonly List<IDisposable> _subscriptions = [];
    private ITimer? _timer;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _stale;

    protected override async Task OnInitializedAsync()
    {
        _channel = ChannelQuery is "call" or "chat" ? ChannelQuery : "all";
        _idle = IdleQuery == true;
        _now = Clock.GetUtcNow().UtcDateTime;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _subscriptions.Add(QueueFeed.Subscribe(User.OrganisationId, _ => InvokeAsync(RefreshAsync)));
        _subscriptions.Add(StatusFeed.Subscribe(User.OrganisationId, _ => InvokeAsync(RefreshAsync)));
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(TickAsync), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Reloads now; changes arriving meanwhile trigger one more load, never a pile of them.</summary>
    internal async Task RefreshAsync()
    {
        _stale = true;
        if (!await _loading.WaitAsync(0))
        {
            return;
        }

        try
        {
            while (_stale)
            {
                _stale = false;
                await LoadAsync();
            }
        }
        finally
        {
            _loading.Release();
        }

        StateHasChanged();
    }

    private async Task TickAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        if (_now - _loadedAt >= RefreshEvery)
        {
            await RefreshAsync();
            return;
        }

        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        var kind = _channel switch { "call" => ContactKind.Call, "chat" => ContactKind.Chat, _ => (ContactKind?)null };
        var menuId = _menu?.Id;
        var idle = _idle;
        _tiles = await Scope.RunAsync<Wallboard, IReadOnlyList<WallboardTile>>(w => w.TilesAsync(kind, menuId, idle));
        _loadedAt = _now = Clock.GetUtcNow().UtcDateTime;
    }

    private async Task ChannelChangedAsync(string channel)
    {
        _channel = channel;
        await RefreshAsync();
    }

    private async Task IdleChangedAsync(bool idle)
    {
        _idle = idle;
        await RefreshAsync();
    }

    private async Task MenuChangedAsync(Choice? menu)
    {
        _menu = menu;
        await RefreshAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _subscriptions.ForEach(s => s.Dispose());
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        _loading.Dispose();
    }
}
