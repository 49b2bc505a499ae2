using System.Globalization;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Csv;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Agents;

/// <summary>
/// The agents grid: paged, sorted and filtered on the server, reloaded (at most once a second) when a status changes, time
/// in status ticking; selection of a page or of every matching agent for a bulk status change; CSV export and import.
/// </summary>
public sealed partial class Agents
{
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private IStatusFeed Feed { get; set; } = null!;
    [Inject] private Downloads Downloads { get; set; } = null!;

    private MudDataGrid<AgentRow> _grid = null!;
    private HashSet<AgentRow> _selected = new(AgentRowComparer.ById);
    private IReadOnlyList<Guid>? _allMatching;
    private AgentFilter _filter = new();
    private (AgentSort By, bool Descending) _sort = (AgentSort.Name, false);
    private IReadOnlyList<StatusRow> _statuses = [];
    private int _pageCount;
    private int _total;
    private DateTime _now;
    private IDisposable? _subscription;
    private ITimer? _timer;
    private volatile bool _changed;

    private int SelectedCount => _allMatching?.Count ?? _selected.Count;

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        _statuses = await Scope.RunAsync<StatusList, IReadOnlyList<StatusRow>>(s => s.AllAsync());
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _subscription = Feed.Subscribe(User.OrganisationId, _ => MarkChanged(), MarkChanged);
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(TickAsync), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private Task MarkChanged()
    {
        _changed = true;
        return Task.CompletedTask;
    }

    /// <summary>One tick: the grid reloads when a status changed since the last one; "In status" moves on.</summary>
    internal async Task TickAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        if (_changed)
        {
            _changed = false;
            await _grid.ReloadServerData();
        }

        StateHasChanged();
    }

    private async Task<GridData<AgentRow>> LoadAsync(GridState<AgentRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        _sort = (sort?.SortBy switch
        {
            nameof(AgentRow.Email) => AgentSort.Email,
            nameof(AgentRow.StatusName) => AgentSort.Status,
            nameof(AgentRow.Location) => AgentSort.Location,
            nameof(AgentRow.StatusUpdatedAt) => AgentSort.StatusUpdatedAt,
            _ => AgentSort.Name,
        }, sort?.Descending ?? false);
        var (filter, (by, descending)) = (_filter, _sort);
        var page = await Scope.RunAsync<AgentDirectory, Page<AgentRow>>(d => d.PageAsync(filter, by, descending, state.Page, state.PageSize, cancellationToken));
        (_pageCount, _total) = (page.Items.Count, page.Total);
        return new GridData<AgentRow> { Items = page.Items, TotalItems = page.Total };
    }

    private void SelectionChanged(HashSet<AgentRow> selected)
    {
        _selected = new HashSet<AgentRow>(selected, AgentRowComparer.ById);
        _allMatching = null;
    }

    private async Task SelectAllMatchingAsync()
    {
        var filter = _filter;
        _allMatching = await Scope.RunAsync<AgentDirectory, IReadOnlyList<Guid>>(d => d.IdsAsync(filter));
    }

    private void ClearSelection()
    {
        _selected = new(AgentRowComparer.ById);
        _allMatching = null;
    }

    private async Task FilterAsync(AgentFilter filter)
    {
        _filter = filter;
        ClearSelection();
        await _grid.ReloadServerData();
    }

    private async Task CreateAsync() => await ShowAndReloadAsync<AgentDialog>("New agent", []);

    private async Task EditAsync(AgentRow agent) =>
        await ShowAndReloadAsync<AgentDialog>($"Edit {agent.Name}", new DialogParameters<AgentDialog> { { d => d.Agent, agent } });

    private async Task ImportAsync() => await ShowAndReloadAsync<AgentImportDialog>("Import agents", [], MaxWidth.Large);

    private async Task ChangeStatusAsync()
    {
        var parameters = new DialogParameters<BulkStatusDialog>
        {
            { d => d.AgentIds, _allMatching ?? _selected.Select(a => a.Id).ToList() },
            { d => d.Statuses, _statuses },
        };
        var dialog = await Dialogs.ShowAsync<BulkStatusDialog>("Change status", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
        ClearSelection();
        await _grid.ReloadServerData();
    }

    /// <summary>Saves the agents matching the current filters, in the grid's order, as CSV.</summary>
    private async Task ExportAsync()
    {
        var (filter, (by, descending)) = (_filter, _sort);
        var rows = await Scope.RunAsync<AgentDirectory, IReadOnlyList<AgentRow>>(d => d.ExportAsync(filter, by, descending));
        var name = $"agents-{Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        await Downloads.SaveAsync(name, CsvFiles.ContentType, await AgentCsv.WriteAsync(rows));
        Snackbar.Add($"{DisplayNames.Count(rows.Count, "agent")} exported", Severity.Success);
    }

    private async Task ShowAndReloadAsync<TDialog>(string title, DialogParameters parameters, MaxWidth width = MaxWidth.Small)
        where TDialog : IComponent
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters, new DialogOptions { MaxWidth = width, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await _grid.ReloadServerData();
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
