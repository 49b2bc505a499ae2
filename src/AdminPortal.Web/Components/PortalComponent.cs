using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Portal;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components;

/// <summary>Base of the portal's pages and dialogs: the user, a scope per operation, and feedback for every write.</summary>
public abstract class PortalComponent : ComponentBase
{
    [Inject] protected PortalScope Scope { get; set; } = null!;
    [Inject] protected CurrentUser User { get; set; } = null!;
    [Inject] protected ISnackbar Snackbar { get; set; } = null!;
    [Inject] protected TimeProvider Clock { get; set; } = null!;
    [Inject] private IDialogService Confirmations { get; set; } = null!;

    /// <summary>True when the user may change the organisation (agents, teams, menus, assignments, statuses): the pages show those actions only then.</summary>
    protected bool MayManage => User.Actor.MayManageOrganisation();

    /// <summary>Asks before a deletion; true when the user confirmed.</summary>
    protected Task<bool> ConfirmDeleteAsync(string what, string? consequence = null) =>
        ConfirmAsync($"Delete {what}?", consequence ?? "This can't be undone here.", "Delete");

    /// <summary>Asks before an action that acts at once; true when the user confirmed with <paramref name="yes"/>.</summary>
    protected async Task<bool> ConfirmAsync(string title, string message, string yes) =>
        await Confirmations.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: "Cancel") == true;

    /// <summary>Says why an action can't be done yet, before the click that would fail.</summary>
    protected async Task ExplainAsync(string title, string message) =>
        await Confirmations.ShowMessageBoxAsync(title, message, yesText: "Close");

    /// <summary>
    /// Runs a write; shows <paramref name="success"/> or the rule's message. Field messages go to <paramref name="invalid"/>
    /// when given (to show them under their fields). True when it succeeded.
    /// </summary>
    protected async Task<bool> WriteAsync(Func<Task> write, string success, Action<IReadOnlyDictionary<string, string>>? invalid = null)
    {
        try
        {
            await write();
            invalid?.Invoke(new Dictionary<string, string>());
            Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (ValidationFailedException exception) when (invalid is not null)
        {
            invalid(exception.Errors);
            return false;
        }
        catch (DomainException exception)
        {
            Snackbar.Add(exception.Message, Severity.Error);
            return false;
        }
    }
}
