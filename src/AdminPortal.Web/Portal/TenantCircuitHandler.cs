using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdminPortal.Web.Portal;

/// <summary>
/// Sets the circuit's <see cref="CurrentUser"/> (and so its tenant) from the user who opened it, and signs it out when
/// the circuit's revalidation finds the account changed.
/// </summary>
internal sealed class TenantCircuitHandler(AuthenticationStateProvider authentication, CurrentUser user) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        user.SignedInAs(state.User);
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> state)
    {
        try
        {
            user.SignedInAs((await state).User);
        }
        catch (Exception)
        {
            // a failed state reads as signed out
            user.SignedInAs(new System.Security.Claims.ClaimsPrincipal());
        }
    }
}
