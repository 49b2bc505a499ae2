using Microsoft.JSInterop;

namespace AdminPortal.Web.Portal;

/// <summary>Hands a file the circuit made (a CSV export) to the browser, which saves it.</summary>
public sealed class Downloads(IJSRuntime js)
{
    public async Task SaveAsync(string fileName, string contentType, Stream content)
    {
        using var reference = new DotNetStreamReference(content, leaveOpen: false);
        await js.InvokeVoidAsync("adminPortal.download", fileName, contentType, reference);
    }
}
