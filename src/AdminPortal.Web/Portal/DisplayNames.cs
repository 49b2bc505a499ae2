using System.Globalization;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Web.Portal;

/// <summary>
/// How the portal shows the product's wire values (<c>ivr_menu</c>, <c>voice_call</c>, <c>deltacast_call_missed</c>, <c>en</c>):
/// the one place that turns them into words. Unknown values still read as words (<c>video_call</c> → "Video call").
/// </summary>
public static class DisplayNames
{
    private static readonly Dictionary<string, string> ActivityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [Activities.Login] = "Signed in",
        [Activities.Logout] = "Signed out",
        [Activities.UserStatusChanged] = "Status changed",
        ["call_outbound_dialing"] = "Dialling out",
        ["deltacast_call_notification_offered"] = "Call offered to the agent",
        ["deltacast_call_pick_up_attempt"] = "Tried to answer a call",
        ["deltacast_call_picked_up"] = "Answered a call",
        ["deltacast_call_projected"] = "Call projected",
        [Activities.CallMissed] = "Missed a call",
        ["deltacast_call_bounced"] = "Call bounced",
        ["multicast_call_notification_offered"] = "Call offered to the queue",
        ["multicast_call_pick_up_attempt"] = "Tried to answer a queue call",
        [Activities.CallPickedUp] = "Answered a queue call",
        ["chat_notification_offered"] = "Chat offered",
        ["chat_pick_up_attempt"] = "Tried to answer a chat",
        [Activities.ChatPickedUp] = "Answered a chat",
    };

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English",
        ["es"] = "Spanish",
        ["fr"] = "French",
        ["de"] = "German",
        ["pt"] = "Portuguese",
        ["it"] = "Italian",
        ["nl"] = "Dutch",
        ["ja"] = "Japanese",
    };

    private static readonly Dictionary<string, string> ChannelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["voice_call"] = "Voice call",
        ["video_call"] = "Video call",
        ["chat"] = "Chat",
        ["sms"] = "SMS",
        ["email"] = "Email",
    };

    public static string MenuType(MenuType type) => type switch
    {
        Domain.Entities.MenuType.IvrMenu => "IVR menu",
        Domain.Entities.MenuType.MobileMenu => "Mobile menu",
        Domain.Entities.MenuType.WebMenu => "Web menu",
        _ => Words(type.ToString()),
    };

    public static string Channel(string? channel) => Lookup(ChannelNames, channel);

    public static string Activity(string? activity) => Lookup(ActivityNames, activity);

    /// <summary>The language's English name (<c>en</c> → "English"); the code itself when unknown.</summary>
    public static string Language(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.Empty;
        }

        if (LanguageNames.TryGetValue(code, out var known))
        {
            return known;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName is { Length: > 0 } name && !name.Contains("unknown", StringComparison.OrdinalIgnoreCase) && name != code
                ? name
                : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string QueueLevel(string? level) => Words(level);

    public static string Category(StatusCategory category) => Words(category.ToString());

    public static string Role(AgentRole role) => Words(role.ToString());

    public static string Source(StatusSource source) => Words(source.ToString());

    /// <summary>"1 member", "3 members".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary><c>snake_case</c> or <c>PascalCase</c> as words with a capital first letter.</summary>
    public static string Words(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var spaced = string.Concat(value.Trim().Select((c, i) => c == '_' ? " " : i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    private static string Lookup(Dictionary<string, string> names, string? value) =>
        value is not null && names.TryGetValue(value, out var name) ? name : Words(value);
}
