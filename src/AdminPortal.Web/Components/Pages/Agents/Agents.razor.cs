using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Agents;

/// <summary>The agents grid: paged, sorted and filtered on the server; edit and bulk status change in dialogs.</summary>
public sealed partial class Agents
{
    private const string OnlineText = "Online";
    private const string OfflineText = "Offline";

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    private MudDataGrid<AgentRow> _grid = null!;
    private HashSet<AgentRow> _selected = [];
    private AgentFilter _filter = new();
    private IReadOnlyList<StatusRow> _statuses = [];
    private Choice? _team;
    private IReadOnlyList<string> _locations = [];

    protected override async Task OnInitializedAsync()
    {
        _statuses = await Scope.RunAsync<StatusList, IReadOnlyList<StatusRow>>(s => s.AllAsync());
        _locations = await Scope.RunAsync<AgentDirectory, IReadOnlyList<string>>(d => d.LocationsAsync());
    }

    private async Task<GridData<AgentRow>> LoadAsync(GridState<AgentRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var sortBy = sort?.SortBy switch
        {
            nameof(AgentRow.Email) => AgentSort.Email,
            nameof(AgentRow.StatusName) => AgentSort.Status,
            nameof(AgentRow.Location) => AgentSort.Location,
            nameof(AgentRow.StatusUpdatedAt) => AgentSort.StatusUpdatedAt,
            _ => AgentSort.Name,
        };
        var page = await Scope.RunAsync<AgentDirectory, Page<AgentRow>>(d =>
            d.PageAsync(_filter, sortBy, sort?.Descending ?? false, state.Page, state.PageSize, cancellationToken));
        return new GridData<AgentRow> { Items = page.Items, TotalItems = page.Total };
    }

    private Task SearchChangedAsync(string? text) => FilterAsync(_filter with { Search = text });

    private Task TeamChangedAsync(Choice? team)
    {
        _team = team;
        return FilterAsync(_filter with { TeamId = team?.Id });
    }

    private async Task FilterAsync(AgentFilter filter)
    {
        _filter = filter;
        _selected = [];
        await _grid.ReloadServerData();
    }

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<AgentDialog>("New agent", new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task EditAsync(AgentRow agent)
    {
        var parameters = new DialogParameters<AgentDialog> { { d => d.Agent, agent } };
        var dialog = await Dialogs.ShowAsync<AgentDialog>($"Edit {agent.Name}", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task ChangeStatusAsync()
    {
        var parameters = new DialogParameters<BulkStatusDialog>
        {
            { d => d.Agents, _selected.ToList() },
            { d => d.Statuses, _statuses },
        };
        var dialog = await Dialogs.ShowAsync<BulkStatusDialog>("Change status", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
        _selected = [];
        await _grid.ReloadServerData();
    }
}
