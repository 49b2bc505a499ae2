using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Pages.Board;

/// <summary>Agents per status, time in status ticking each second; reloads (at most once a second) when a status changes.</summary>
public sealed partial class Board
{
    [Inject] private IStatusFeed Feed { get; set; } = null!;

    private IReadOnlyList<BoardColumn> _columns = [];
    private IReadOnlyList<TeamNode> _teams = [];
    private IReadOnlyList<MenuNode> _menus = [];
    private Guid? _teamId;
    private Guid? _menuId;
    private DateTime _now;
    private IDisposable? _subscription;
    private ITimer? _timer;
    private volatile bool _changed;

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        _teams = await Scope.RunAsync<TeamTree, IReadOnlyList<TeamNode>>(t => t.AllAsync());
        _menus = await Scope.RunAsync<MenuTree, IReadOnlyList<MenuNode>>(m => m.AllAsync());
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

    private async Task LoadAsync() =>
        _columns = await Scope.RunAsync<LiveBoard, IReadOnlyList<BoardColumn>>(b => b.ColumnsAsync(_teamId, _menuId));

    private async Task TeamChangedAsync(Guid? teamId)
    {
        _teamId = teamId;
        await LoadAsync();
    }

    private async Task MenuChangedAsync(Guid? menuId)
    {
        _menuId = menuId;
        await LoadAsync();
    }

    private string TeamName(Guid? id) => _teams.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private string MenuName(Guid? id) => _menus.FirstOrDefault(m => m.Id == id)?.Name ?? "";

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
    }
}
