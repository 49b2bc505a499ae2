using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Pages.Board;

/// <summary>Agents per status, time in status ticking each second; reloads (at most once a second) when a status changes.</summary>
public sealed partial class Board
{
    [Inject] private IStatusFeed Feed { get; set; } = null!;

    private IReadOnlyList<BoardColumn> _columns = [];
    private IReadOnlyDictionary<Guid, AgentWork> _work = new Dictionary<Guid, AgentWork>();
    private Choice? _team;
    private Choice? _menu;
    private DateTime _now;
    private IDisposable? _subscription;
    private ITimer? _timer;
    private volatile bool _changed;

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _subscription = Feed.Subscribe(User.OrganisationId, _ =>
        {
            _changed = true;
            return Task.CompletedTask;
        });
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(TickAsync), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>One tick: reload when something changed since the last one, then re-render the durations.</summary>
    internal async Task TickAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        if (_changed)
        {
            _changed = false;
            await LoadAsync();
        }

        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _columns = await Scope.RunAsync<LiveBoard, IReadOnlyList<BoardColumn>>(b => b.ColumnsAsync(_team?.Id, _menu?.Id));
        var working = _columns.Where(c => c.Status.System).SelectMany(c => c.Agents).Select(a => a.Id).ToList();
        _work = await Scope.RunAsync<AgentWorkQuery, IReadOnlyDictionary<Guid, AgentWork>>(q => q.OfAgentsAsync(working));
    }

    private async Task TeamChangedAsync(Choice? team)
    {
        _team = team;
        await LoadAsync();
    }

    private async Task MenuChangedAsync(Choice? menu)
    {
        _menu = menu;
        await LoadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
    }
}
