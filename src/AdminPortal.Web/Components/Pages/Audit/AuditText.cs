using System.Globalization;
using System.Text.Json;
using AdminPortal.Domain.Audit;
using AdminPortal.Web.Portal;

namespace AdminPortal.Web.Components.Pages.Audit;

/// <summary>How the audit trail reads: resource types, actions and members in words, values as people say them.</summary>
public static class AuditText
{
    private static readonly Dictionary<string, string> _resourceTypes = new()
    {
        ["UserStatus"] = "Status",
        ["ApiCredential"] = "API credential",
        ["Organisation"] = "Organisation settings",
    };

    private static readonly Dictionary<string, string> _actions = new()
    {
        [AuditActions.Create] = "Created",
        [AuditActions.Update] = "Changed",
        [AuditActions.Delete] = "Deleted",
        [AuditActions.Restore] = "Restored",
        [AuditActions.Deactivate] = "Deactivated",
        [AuditActions.Reactivate] = "Reactivated",
        [AuditActions.ChangePassword] = "Password changed",
        [AuditActions.Revoke] = "Revoked",
    };

    private static readonly Dictionary<string, string> _members = new()
    {
        ["roles"] = "Role",
        ["lang"] = "Language",
        ["output_msg"] = "Output message",
        ["wfm_id"] = "WFM id",
        ["numeric_id"] = "Number",
        ["api_rate_limit_per_second"] = "API rate limit (requests per second)",
        ["deactivated_at"] = "Deactivated",
        ["revoked_at"] = "Revoked",
        ["service_level_target_percent"] = "Service level target (%)",
        ["service_level_seconds"] = "Service level (seconds)",
        ["built_in_id"] = "Built-in id",
        ["avatar_url"] = "Avatar URL",
    };

    /// <summary>Members whose values are snake_case choices (<c>ivr_menu</c> → "Ivr menu").</summary>
    private static readonly HashSet<string> _choices = ["roles", "menu_type", "category", "kind", "channel_type", "queue_level"];

    public static string ResourceType(string type) => _resourceTypes.GetValueOrDefault(type) ?? Words(type);

    public static string Action(string action) => _actions.GetValueOrDefault(action) ?? Words(action);

    public static string Member(string member) => _members.GetValueOrDefault(member) ?? Words(member);

    public static string Source(string source) => source switch
    {
        AuditSources.Portal => "Portal",
        AuditSources.Api => "JSON:API",
        _ => source,
    };

    /// <summary>A value before or after: a dash when empty, names for ids, local times, words for choices.</summary>
    public static string Value(string member, JsonElement? value, IReadOnlyDictionary<Guid, string> names, ViewerTime time)
    {
        if (value is not { } json)
        {
            return "—";
        }

        return json.ValueKind switch
        {
            JsonValueKind.True => "Yes",
            JsonValueKind.False => "No",
            JsonValueKind.Number => json.GetRawText(),
            JsonValueKind.String => Text(member, json.GetString()!, names, time),
            _ => json.GetRawText(),
        };
    }

    /// <summary>"+ Darth Vader, Craig T · − Moff Tarkin" for members added and removed.</summary>
    public static string Members(AuditChange change, IReadOnlyDictionary<Guid, string> names)
    {
        var parts = new List<string>();
        if (change.Added.Count > 0)
        {
            parts.Add("+ " + string.Join(", ", change.Added.Select(id => NameOf(id, names))));
        }

        if (change.Removed.Count > 0)
        {
            parts.Add("− " + string.Join(", ", change.Removed.Select(id => NameOf(id, names))));
        }

        return string.Join(" · ", parts);
    }

    /// <summary><c>snake_case</c> or <c>PascalCase</c> as words with a capital first letter.</summary>
    public static string Words(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var spaced = string.Concat(value.Trim().Select((c, i) => c == '_' ? " " : i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    private static string Text(string member, string text, IReadOnlyDictionary<Guid, string> names, ViewerTime time)
    {
        if (Guid.TryParse(text, out var id))
        {
            return NameOf(id, names);
        }

        if (member.EndsWith("_at", StringComparison.Ordinal)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return time.Format(utc);
        }

        if (member == "lang")
        {
            return Language(text);
        }

        return _choices.Contains(member) ? Words(text) : text;
    }

    private static string NameOf(Guid id, IReadOnlyDictionary<Guid, string> names) => names.TryGetValue(id, out var name) ? name : $"#{id.ToString()[..8]}";

    /// <summary>The language's English name (<c>es</c> → "Spanish"); the code itself when unknown.</summary>
    public static string Language(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName.Contains("Unknown", StringComparison.OrdinalIgnoreCase) ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
