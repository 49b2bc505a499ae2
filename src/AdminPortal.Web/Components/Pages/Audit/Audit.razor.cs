using AdminPortal.Domain.Audit;
using AdminPortal.Web.Portal;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Audit;

/// <summary>The audit trail, newest first, paged on the server; filters by actor, resource and local dates; times in the viewer's zone.</summary>
public sealed partial class Audit : IDisposable
{
    private MudDataGrid<AuditEntry> _grid = null!;
    private AuditFilter _filter = new();
    private IReadOnlyList<string> _types = [];
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();
    private AuditActor? _actor;
    private DateTime? _from;
    private DateTime? _to;
    private bool _moreThanShown;
    private string? _resourceLabel;

    [Inject] private ViewerTime Time { get; set; } = null!;

    /// <summary>Only the changes of this resource (the agent profile links here).</summary>
    [SupplyParameterFromQuery(Name = "resource")] public Guid? ResourceId { get; set; }

    /// <summary>Only the changes this agent (or organisation credential) made.</summary>
    [SupplyParameterFromQuery(Name = "actor")] public Guid? ActorId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Time.Changed += OnTimeZoneChanged;
        _filter = new AuditFilter(ActorId: ActorId, ResourceId: ResourceId);
        _types = await Scope.RunAsync<AuditLog, IReadOnlyList<string>>(log => log.ResourceTypesAsync(User.Actor));
        if (ActorId is { } actorId)
        {
            _actor = (await SearchActorsAsync(null, CancellationToken.None)).FirstOrDefault(a => a.Id == actorId);
        }
    }

    private async Task<GridData<AuditEntry>> LoadAsync(GridState<AuditEntry> state, CancellationToken cancellationToken)
    {
        var page = await Scope.RunAsync<AuditLog, AuditPage>(log => log.PageAsync(User.Actor, _filter, state.Page, state.PageSize, cancellationToken));
        (_names, _moreThanShown) = (page.Names, page.MoreThanTotal);
        _resourceLabel = _filter.ResourceId is { } id ? page.Items.FirstOrDefault(e => e.ResourceId == id)?.ResourceName : null;
        return new GridData<AuditEntry> { Items = page.Items, TotalItems = page.Total };
    }

    private async Task<IEnumerable<AuditActor>> SearchActorsAsync(string? text, CancellationToken cancellationToken) =>
        await Scope.RunAsync<AuditLog, IReadOnlyList<AuditActor>>(log => log.ActorsAsync(User.Actor, text, 20, cancellationToken));

    private async Task FilterAsync(AuditFilter filter)
    {
        _filter = filter;
        await _grid.ReloadServerData();
    }

    private Task ActorChangedAsync(AuditActor? actor)
    {
        _actor = actor;
        return FilterAsync(_filter with { ActorId = actor?.Id });
    }

    private Task ShowAllResourcesAsync() => FilterAsync(_filter with { ResourceId = null });

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

    private void OnTimeZoneChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => Time.Changed -= OnTimeZoneChanged;
}
