using System.Globalization;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Csv;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Activity;

/// <summary>
/// The activity log, newest first, in the viewer's time zone (the date filters are the viewer's days too); opened with
/// <c>?agent=…</c> it shows one agent's. The filtered log exports as CSV (times in UTC).
/// </summary>
public sealed partial class Activity
{
    [Inject] private ViewerTime Time { get; set; } = null!;
    [Inject] private Downloads Downloads { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "agent")] public Guid? AgentId { get; set; }

    private MudDataGrid<ActivityRow> _grid = null!;
    private ActivityFilter _filter = new();
    private Choice? _agent;
    private DateTime? _from;
    private DateTime? _to;
    private bool _moreThanShown;

    protected override async Task OnInitializedAsync()
    {
        Time.Changed += OnTimeZoneKnown;
        if (AgentId is { } agentId && await Scope.RunAsync<AgentDirectory, AgentRow?>(d => d.RowAsync(agentId)) is { } agent)
        {
            _agent = new Choice(agent.Id, $"{agent.Name} ({agent.Email})");
            _filter = _filter with { AgentId = agent.Id };
        }
    }

    private async Task<GridData<ActivityRow>> LoadAsync(GridState<ActivityRow> state, CancellationToken cancellationToken)
    {
        var filter = _filter;
        var page = await Scope.RunAsync<ActivityLog, Page<ActivityRow>>(l => l.PageAsync(filter, state.Page, state.PageSize, cancellationToken));
        _moreThanShown = page.MoreThanTotal;
        return new GridData<ActivityRow> { Items = page.Items, TotalItems = page.Total };
    }

    private async Task FilterAsync(ActivityFilter filter)
    {
        _filter = filter;
        await _grid.ReloadServerData();
    }

    private Task AgentChangedAsync(Choice? agent)
    {
        _agent = agent;
        return FilterAsync(_filter with { AgentId = agent?.Id });
    }

    private Task FromChangedAsync(DateTime? from)
    {
        _from = from;
        return FilterAsync(_filter with { From = from is { } day ? Time.StartOfDayUtc(day) : null });
    }

    private Task ToChangedAsync(DateTime? to)
    {
        _to = to;
        return FilterAsync(_filter with { To = to is { } day ? Time.StartOfDayUtc(day.AddDays(1)) : null });
    }

    /// <summary>The browser told its time zone: times follow it as they render, and the day filters, when set, are read
    /// again in it (without one, the rows shown stay the same, so they are not loaded again).</summary>
    private void OnTimeZoneKnown() => _ = InvokeAsync(async () =>
    {
        StateHasChanged();
        if (_from is null && _to is null)
        {
            return;
        }

        _filter = _filter with
        {
            From = _from is { } from ? Time.StartOfDayUtc(from) : null,
            To = _to is { } to ? Time.StartOfDayUtc(to.AddDays(1)) : null,
        };
        await _grid.ReloadServerData();
    });

    private async Task ExportAsync()
    {
        var filter = _filter;
        var rows = await Scope.RunAsync<ActivityLog, IReadOnlyList<ActivityRow>>(l => l.ExportAsync(filter));
        var name = $"activity-{Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        await Downloads.SaveAsync(name, CsvFiles.ContentType, await ActivityCsv.WriteAsync(rows));
        Snackbar.Add($"{DisplayNames.Count(rows.Count, "activity row")} exported", Severity.Success);
    }

    public void Dispose() => Time.Changed -= OnTimeZoneKnown;
}
