using System.Text.RegularExpressions;

namespace AdminPortal.Web.Security;

/// <summary>
/// <c>Widget:FrameAncestors</c>: the origins (e.g. <c>https://crm.example.com</c>, <c>https://*.example.com</c>) whose pages
/// may show the agent widget in an iframe (<c>wwwroot/widget.js</c>). Only the widget and the sign-in page it leads to
/// may be framed by them; every other page stays unframeable. Over HTTPS the cookies are then sent as
/// <c>SameSite=None; Secure; Partitioned</c>, so the agent can sign in and stay signed in inside the frame.
/// </summary>
public sealed partial class WidgetEmbedding
{
    public const string Section = "Widget";
    private static readonly string[] _framedPaths = ["/widget", "/signin"];

    public WidgetEmbedding(IConfiguration configuration)
    {
        var origins = configuration.GetSection($"{Section}:FrameAncestors").Get<string[]>() ?? [];
        FrameAncestors = [.. origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(Normalize).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> FrameAncestors { get; }

    public bool Enabled => FrameAncestors.Count > 0;

    /// <summary>The widget, and the sign-in and sign-out it goes through inside its frame.</summary>
    public bool MayBeFramed(PathString path) =>
        Enabled && _framedPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase) || path.Equals(p + "/", StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string origin)
    {
        var trimmed = origin.Trim().TrimEnd('/');
        if (!OriginPattern().IsMatch(trimmed))
        {
            throw new InvalidOperationException(
                $"{Section}:FrameAncestors holds '{origin}', which is not an origin such as https://crm.example.com or https://*.example.com.");
        }

        return trimmed.ToLowerInvariant();
    }

    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$")]
    private static partial Regex OriginPattern();
}
