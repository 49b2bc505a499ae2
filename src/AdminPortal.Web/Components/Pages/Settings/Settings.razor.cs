using System.Globalization;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Settings;

/// <summary>The organisation's settings (admins): the API rate limit and the API credentials.</summary>
public sealed partial class Settings
{
    [Inject] private IJSRuntime Js { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;

    private IReadOnlyList<ApiCredentialSummary> _credentials = [];
    private IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();
    private string _subdomain = "";
    private int _rateLimit;
    private string? _rateLimitError;
    private string? _name;
    private ApiCredentialKind _kind = ApiCredentialKind.Organisation;
    private Choice? _agent;
    private CreatedApiCredential? _created;

    protected override async Task OnInitializedAsync()
    {
        var organisation = await Scope.RunAsync<OrganisationSettings, Organisation>(s => s.GetAsync(User.Actor));
        (_subdomain, _rateLimit) = (organisation.Subdomain, organisation.ApiRateLimitPerSecond);
        await LoadAsync();
    }

    private async Task LoadAsync() =>
        _credentials = await Scope.RunAsync<IApiCredentialService, IReadOnlyList<ApiCredentialSummary>>(s => s.ListAsync(User.Actor));

    private async Task SaveRateLimitAsync()
    {
        var perSecond = _rateLimit;
        await WriteAsync(
            () => Scope.RunAsync<OrganisationSettings>(s => s.SetApiRateLimitAsync(User.Actor, User.OrganisationId, perSecond)),
            $"Rate limit set to {perSecond} requests per second",
            errors => _rateLimitError = errors.GetValueOrDefault("api_rate_limit_per_second") ?? errors.Values.FirstOrDefault());
    }

    private async Task CreateAsync()
    {
        var request = new ApiCredentialRequest(_name?.Trim() ?? "", _kind, _kind == ApiCredentialKind.Agent ? _agent?.Id : null);
        CreatedApiCredential? created = null;
        if (await WriteAsync(
                async () => created = await Scope.RunAsync<IApiCredentialService, CreatedApiCredential>(s => s.CreateAsync(User.Actor, request)),
                $"Credential {request.Name} created",
                errors => Errors = errors))
        {
            (_created, _name, _agent) = (created, null, null);
            await LoadAsync();
        }
    }

    private async Task CopySecretAsync()
    {
        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", _created!.Secret);
            Snackbar.Add("Secret copied to the clipboard", Severity.Success);
        }
        catch (JSException)
        {
            Snackbar.Add("The browser did not allow copying: select the secret and copy it by hand.", Severity.Warning);
        }
    }

    private async Task RevokeAsync(ApiCredentialSummary credential)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Revoke {credential.Name}?",
            "Integrations using this credential are refused from their next request. This can't be undone.",
            yesText: "Revoke", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        if (await WriteAsync(() => Scope.RunAsync<IApiCredentialService>(s => s.RevokeAsync(User.Actor, credential.Id)), $"Credential {credential.Name} revoked"))
        {
            if (_created?.Credential.Id == credential.Id)
            {
                _created = null;
            }

            await LoadAsync();
        }
    }

    private string UserNameOf(ApiCredentialKind kind, string key) => kind == ApiCredentialKind.Organisation ? $"{_subdomain} (or {key})" : key;

    private static string KindName(ApiCredentialKind kind) => kind == ApiCredentialKind.Organisation ? "organisation" : "agent";

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
