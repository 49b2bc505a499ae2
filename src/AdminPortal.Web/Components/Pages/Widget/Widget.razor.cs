using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Pages.Widget;

/// <summary>
/// The agent's own status: one click to any status the rules allow now; the others are shown unavailable with the
/// rule's reason (e.g. while In-call). The open widget keeps the agent present. Opening it changes nothing: a signed-out
/// agent signs in with the Sign in button (Available) or by choosing a status, both from the widget.
/// </summary>
public sealed partial class Widget
{
    [Inject] private IStatusFeed Feed { get; set; } = null!;
    [Inject] private CircuitPresence Presence { get; set; } = null!;

    private WidgetAgent? _agent;
    private IReadOnlyList<StatusChoice> _choices = [];
    private string? _refusal;
    private bool _busy;
    private DateTime _now;
    private IDisposable? _subscription;
    private ITimer? _timer;

    /// <summary>The reason shared by every status the agent can't choose by hand now, when the manual ones are all refused (e.g. In-call).</summary>
    private string? Blocked
    {
        get
        {
            var manual = _choices.Where(c => !c.Status.System && !c.Current).ToList();
            var reasons = manual.Where(c => !c.Available).Select(c => c.Unavailable).Distinct().ToList();
            return manual.Count(c => !c.Available) >= manual.Count - 1 && reasons.Count == 1 ? reasons[0] : null;
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        await LoadAsync();
    }

    /// <summary>Only on the live circuit (not the prerender): presence, live updates, the ticking clock.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        Presence.WidgetOpened(User.OrganisationId, User.AgentId);
        _subscription = Feed.Subscribe(User.OrganisationId, change =>
            change.AgentId == User.AgentId ? InvokeAsync(RefreshAsync) : Task.CompletedTask);
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(Tick), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void Tick()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _agent = await Scope.RunAsync<WidgetState, WidgetAgent?>(w => w.OfAgentAsync(User.AgentId));
        _choices = await Scope.RunAsync<StatusChoices, IReadOnlyList<StatusChoice>>(c => c.ForAsync(User.Actor, User.AgentId, StatusSource.Widget, queueWhileWorking: true));
    }

    private async Task RefreshAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    /// <summary>The agent's pick: during a call or chat it waits as the next status; in wrap-up or Missed Call it applies at once.</summary>
    private Task ChangeAsync(StatusRow status) =>
        RequestAsync(new StatusRequest(User.AgentId, StatusTarget.Named(status.Name), StatusSource.Widget, User.Actor) { QueueWhileWorking = true });

    private Task SignInAsync() =>
        RequestAsync(new StatusRequest(User.AgentId, StatusTarget.LogIn, StatusSource.Widget, User.Actor, SessionOrigin.Widget));

    private async Task RequestAsync(StatusRequest request)
    {
        _busy = true;
        _refusal = null;
        try
        {
            await Scope.RunAsync<IStatusChangeService>(s => s.ChangeAsync(request));
        }
        catch (DomainException exception)
        {
            _refusal = exception.Message;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private static string ButtonStyle(StatusRow status) =>
        $"--status-color:{StatusColors.ToCss(status.Color)};--status-text:{StatusColors.TextOn(status.Color)}";

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        Presence.WidgetClosed();
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
    }
}
