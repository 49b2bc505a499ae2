using Microsoft.JSInterop;

namespace AdminPortal.Web.Portal;

/// <summary>Hands a file the circuit made (a CSV export) to the browser, which saves it.</summary>
public sealed class Downloads(IJSRuntime js)
{
    /// <summary>The browser reads <paramref name="content"/> while the call runs; the circuit disposes it once sent.</summary>
    public async Task SaveAsync(string fileName, string contentType, Stream content) =>
        await js.InvokeVoidAsync("adminPortal.download", fileName, contentType, new DotNetStreamReference(content));
}
