using Microsoft.JSInterop;

namespace AdminPortal.Web.Portal;

/// <summary>
/// Tells the circuit's <see cref="ViewerTime"/> the browser's time zone, once (asking <c>Intl.DateTimeFormat</c> directly,
/// so no script of our own is needed). Pages that show times call it after their first render.
/// </summary>
public static class BrowserTimeZone
{
    public static async Task EnsureAsync(ViewerTime time, IJSRuntime js)
    {
        if (time.Known)
        {
            return;
        }

        try
        {
            await using var format = await js.InvokeAsync<IJSObjectReference?>("Intl.DateTimeFormat");
            if (format is null)
            {
                return;
            }

            var options = await format.InvokeAsync<ResolvedOptions?>("resolvedOptions");
            time.Use(options?.TimeZone);
        }
        catch (JSException)
        {
            time.Use(null);
        }
        catch (JSDisconnectedException)
        {
            // the page closed while asking
        }
    }

    private sealed record ResolvedOptions(string? TimeZone);
}
