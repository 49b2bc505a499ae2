using System.Text.Json;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// One member of an event's <c>changes</c>, read back: a value before and after (JSON values, null when absent), a secret
/// that changed (<see cref="Secret"/>), or members added and removed (ids).
/// </summary>
public sealed record AuditChange(string Member, JsonElement? Before, JsonElement? After, bool Secret, IReadOnlyList<Guid> Added, IReadOnlyList<Guid> Removed)
{
    public bool IsMembership => Added.Count > 0 || Removed.Count > 0;

    /// <summary>The members of a <c>changes</c> object, in the order they were recorded.</summary>
    public static IReadOnlyList<AuditChange> Parse(JsonElement changes)
    {
        if (changes.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var result = new List<AuditChange>();
        foreach (var member in changes.EnumerateObject())
        {
            var value = member.Value;
            if (value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            result.Add(new AuditChange(
                member.Name,
                ValueOf(value, "before"),
                ValueOf(value, "after"),
                value.TryGetProperty("changed", out var changed) && changed.ValueKind == JsonValueKind.True,
                IdsOf(value, "added"),
                IdsOf(value, "removed")));
        }

        return result;
    }

    private static JsonElement? ValueOf(JsonElement change, string name) =>
        change.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static Guid[] IdsOf(JsonElement change, string name) =>
        change.TryGetProperty(name, out var ids) && ids.ValueKind == JsonValueKind.Array
            ? [.. ids.EnumerateArray().Select(id => Guid.TryParse(id.GetString(), out var parsed) ? parsed : Guid.Empty).Where(id => id != Guid.Empty)]
            : [];
}
