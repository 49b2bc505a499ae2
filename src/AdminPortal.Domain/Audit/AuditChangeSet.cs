using System.Text.Json;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Data;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// Builds the <c>changes</c> object of one event: <c>{"member": {"before": …, "after": …}}</c>, <c>{"changed": true}</c>
/// for a secret, <c>{"added": [ids], "removed": [ids]}</c> for members of a team (or teams of an agent). Values read as
/// on the wire: ids and times as strings (times in UTC, ISO 8601), enums by their snake_case names.
/// </summary>
internal sealed class AuditChangeSet
{
    private readonly JsonObject _members = [];

    public int Count => _members.Count;

    public void Value(string member, object? before, object? after) =>
        _members[member] = new JsonObject { ["before"] = ToNode(before), ["after"] = ToNode(after) };

    public void Secret(string member) => _members[member] = new JsonObject { ["changed"] = true };

    public void Members(string member, IEnumerable<Guid> added, IEnumerable<Guid> removed) =>
        _members[member] = new JsonObject
        {
            ["added"] = new JsonArray([.. added.Order().Select(id => (JsonNode)JsonValue.Create(id.ToString()))]),
            ["removed"] = new JsonArray([.. removed.Order().Select(id => (JsonNode)JsonValue.Create(id.ToString()))]),
        };

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(_members);

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        Guid id => JsonValue.Create(id.ToString()),
        DateTime time => JsonValue.Create(DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture)),
        Enum choice => JsonValue.Create(SnakeCase.From(choice.ToString())),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
