using System.Globalization;
using System.Text.Json;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
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

    public static string ResourceType(string type) => _resourceTypes.GetValueOrDefault(type) ?? DisplayNames.Words(type);

    public static string Action(string action) => _actions.GetValueOrDefault(action) ?? DisplayNames.Words(action);

    public static string Member(string member) => _members.GetValueOrDefault(member) ?? DisplayNames.Words(member);

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

        return member switch
        {
            "lang" => DisplayNames.Language(text),
            "channel_type" => DisplayNames.Channel(text),
            "queue_level" => DisplayNames.QueueLevel(text),
            "roles" when SnakeCaseEnum<AgentRole>.TryParse(text, out var role) => DisplayNames.Role(role),
            "menu_type" when SnakeCaseEnum<MenuType>.TryParse(text, out var type) => DisplayNames.MenuType(type),
            "category" when SnakeCaseEnum<StatusCategory>.TryParse(text, out var category) => DisplayNames.Category(category),
            "kind" => DisplayNames.Words(text),
            _ => text,
        };
    }

    private static string NameOf(Guid id, IReadOnlyDictionary<Guid, string> names) => names.TryGetValue(id, out var name) ? name : $"#{id.ToString()[..8]}";
}
