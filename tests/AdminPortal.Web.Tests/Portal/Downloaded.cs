using System.Text;
using Bunit;
using Microsoft.JSInterop;

namespace AdminPortal.Web.Tests.Portal;

/// <summary>The file a page handed to the browser to save (a CSV export), read back from the JS call.</summary>
public static class Downloaded
{
    public static async Task<string> CsvAsync(BunitContext context, string fileNamePrefix)
    {
        var call = context.JSInterop.Invocations["adminPortal.download"].ShouldHaveSingleItem();
        call.Arguments[0]!.ToString()!.ShouldStartWith(fileNamePrefix);
        call.Arguments[1].ShouldBe("text/csv");
        var stream = ((DotNetStreamReference)call.Arguments[2]!).Stream;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync();
    }
}
