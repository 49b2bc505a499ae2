using AdminPortal.Domain.Errors;
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

    /// <summary>Asks before a deletion; true when the user confirmed.</summary>
    protected async Task<bool> ConfirmDeleteAsync(string what, string? consequence = null) =>
        await Confirmations.ShowMessageBoxAsync($"Delete {what}?", consequence ?? "This can't be undone here.", yesText: "Delete", cancelText: "Cancel") == true;

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
