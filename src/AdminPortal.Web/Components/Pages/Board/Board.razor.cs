using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Components.Pages.Agents;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Board;

/// <summary>
/// Agents per status, newest changes first, time in status ticking each second; reloads (at most once a second) when a
/// status changes. The search, team and menu filters live in the address (<c>?q=…&amp;team=…&amp;menu=…</c>), so a reload
/// or a shared link keeps them. Clicking an agent opens what the user may do with it.
/// </summary>
public sealed partial class Board
{
    [Inject] private IStatusFeed Feed { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "q")] public string? Search { get; set; }
    [SupplyParameterFromQuery(Name = "team")] public Guid? TeamId { get; set; }
    [SupplyParameterFromQuery(Name = "menu")] public Guid? MenuId { get; set; }

    private IReadOnlyList<BoardColumn> _columns = [];
    private IReadOnlyDictionary<Guid, AgentWork> _work = new Dictionary<Guid, AgentWork>();
    private BoardFilter _filter = new();
    private Choice? _team;
    private Choice? _menu;
    private DateTime _now;
    private IDisposable? _subscription;
    private ITimer? _timer;
    private volatile bool _changed;

    protected override void OnInitialized() => _now = Clock.GetUtcNow().UtcDateTime;

    /// <summary>The address holds the filters: a change of them navigates, and every navigation lands here.</summary>
    protected override async Task OnParametersSetAsync()
    {
        _filter = new BoardFilter(TeamId, MenuId, string.IsNullOrWhiteSpace(Search) ? null : Search.Trim());
        if (_team?.Id != TeamId)
        {
            _team = TeamId is { } team ? await Scope.RunAsync<TeamTree, Choice?>(t => t.ChoiceAsync(team)) : null;
        }

        if (_menu?.Id != MenuId)
        {
            _menu = MenuId is { } menu ? await Scope.RunAsync<MenuTree, Choice?>(m => m.ChoiceAsync(menu)) : null;
        }

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
        var filter = _filter;
        _columns = await Scope.RunAsync<LiveBoard, IReadOnlyList<BoardColumn>>(b => b.ColumnsAsync(filter));
        var working = _columns.Where(c => c.Status.System).SelectMany(c => c.Agents).Select(a => a.Id).ToList();
        _work = await Scope.RunAsync<AgentWorkQuery, IReadOnlyDictionary<Guid, AgentWork>>(q => q.OfAgentsAsync(working));
    }

    private void SearchChanged(string? text) => Filter(q: string.IsNullOrWhiteSpace(text) ? null : text, team: TeamId, menu: MenuId);

    private void TeamChanged(Choice? team)
    {
        _team = team;
        Filter(Search, team?.Id, MenuId);
    }

    private void MenuChanged(Choice? menu)
    {
        _menu = menu;
        Filter(Search, TeamId, menu?.Id);
    }

    private void Filter(string? q, Guid? team, Guid? menu) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["q"] = q, ["team"] = team, ["menu"] = menu }), replace: true);

    private async Task OpenAsync(BoardAgent agent)
    {
        var parameters = new DialogParameters<BoardAgentDialog> { { d => d.Agent, agent } };
        var dialog = await Dialogs.ShowAsync<BoardAgentDialog>(agent.Name, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: BoardAgentDialog.EditDetails })
        {
            await EditAsync(agent.Id);
        }

        await LoadAsync();
    }

    private async Task EditAsync(Guid agentId)
    {
        if (await Scope.RunAsync<AgentDirectory, AgentRow?>(d => d.RowAsync(agentId)) is { } row)
        {
            var parameters = new DialogParameters<AgentDialog> { { d => d.Agent, row } };
            var dialog = await Dialogs.ShowAsync<AgentDialog>($"Edit {row.Name}", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
            await dialog.Result;
        }
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
