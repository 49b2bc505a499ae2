using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdminPortal.Web.Portal;

/// <summary>Sets the circuit's <see cref="CurrentUser"/> (and so its tenant) from the user who opened it.</summary>
internal sealed class TenantCircuitHandler(AuthenticationStateProvider authentication, CurrentUser user) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        user.SignedInAs(state.User);
    }
}
