using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Agents.Profiles;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Portal;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Pages.Agents.Profile;

/// <summary>One agent in one place: details, teams, queues with skills, status history and occupancy; admins deactivate, reactivate and reset the password.</summary>
public sealed partial class AgentProfilePage : IDisposable
{
    private AgentProfile? _profile;
    private bool _missing;
    private bool _resetting;
    private int _historyKey;

    [Parameter] public Guid AgentId { get; set; }

    [Inject] private ViewerTime Time { get; set; } = null!;

    protected override void OnInitialized() => Time.Changed += OnTimeZoneChanged;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _profile = await Scope.RunAsync<AgentProfiles, AgentProfile>(p => p.GetAsync(User.Actor, AgentId));
            _missing = false;
        }
        catch (EntityNotFoundException)
        {
            (_profile, _missing) = (null, true);
        }
    }

    private async Task DeactivateAsync()
    {
        var name = _profile!.Name;
        if (!await ConfirmAsync($"Deactivate {name}?",
                $"{name} is signed out now and can no longer sign in, use API tokens or credentials. {name} leaves the lists of agents; the history keeps the name. You can reactivate later.",
                "Deactivate"))
        {
            return;
        }

        if (await WriteAsync(() => Scope.RunAsync<IAgentAccounts>(a => a.DeactivateAsync(User.Actor, AgentId)), $"{name} is deactivated"))
        {
            await ReloadAsync();
        }
    }

    private async Task ReactivateAsync()
    {
        var name = _profile!.Name;
        if (await WriteAsync(() => Scope.RunAsync<IAgentAccounts>(a => a.ReactivateAsync(User.Actor, AgentId)), $"{name} is active again"))
        {
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        _historyKey++;
    }


    private void OnTimeZoneChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => Time.Changed -= OnTimeZoneChanged;
}
