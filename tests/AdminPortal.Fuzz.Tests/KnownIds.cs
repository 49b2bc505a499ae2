using System.Text.Json.Nodes;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// Ids, types, status names and agent numbers the host really holds (read once as the admin before the run), so requests
/// reach past the 404s. The signed-in actors and their organisation are never the target of a write: the run must not
/// lock itself out of the rest of its requests.
/// </summary>
public sealed class KnownIds
{
    private readonly List<string> _all = [];
    private readonly List<string> _writable = [];
    private readonly List<string> _types = [];
    private readonly List<string> _statusNames = ["Available", "Offline", "Lunch"];
    private readonly List<string> _agentNumbers = [];
    private readonly Dictionary<string, List<string>> _byCollection = [];
    private readonly HashSet<string> _protected;

    public KnownIds(IEnumerable<string> protectedIds)
    {
        _protected = [.. protectedIds];
    }

    public void AddDocument(string collection, JsonNode? document)
    {
        var ofCollection = _byCollection.TryGetValue(collection, out var existing) ? existing : _byCollection[collection] = [];
        foreach (var resource in (document?["data"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = resource["id"]?.GetValue<string>();
            var type = resource["type"]?.GetValue<string>();
            if (id is null || type is null)
            {
                continue;
            }

            _all.Add(id);
            if (!_protected.Contains(id))
            {
                _writable.Add(id);
                ofCollection.Add(id);
            }

            if (!_types.Contains(type))
            {
                _types.Add(type);
            }

            if (type == "UserStatus" && resource["attributes"]?["name"]?.GetValue<string>() is { } name)
            {
                _statusNames.Add(name);
            }

            if (type == "Agent" && resource["attributes"]?["agent_number"] is JsonValue number)
            {
                _agentNumbers.Add(number.ToString());
            }
        }
    }

    public int Count => _all.Count;

    public JsonValue Any(Random random) => JsonValue.Create(_all.Count == 0 ? Guid.NewGuid().ToString() : _all[random.Next(_all.Count)]);

    /// <summary>
    /// An id of the path's own collection (<c>/api/teams</c> for <c>/api/teams/{id}/agents</c>) most of the time, else any id a
    /// read may name, or a write may change (never an actor or their organisation).
    /// </summary>
    public string ForPath(Random random, bool write, string pathTemplate)
    {
        var collection = pathTemplate[..Math.Max(0, pathTemplate.IndexOf("/{", StringComparison.Ordinal))];
        var pool = random.Next(4) > 0 && _byCollection.TryGetValue(collection.Replace("/call_queues", "/menus", StringComparison.Ordinal), out var own) && own.Count > 0
            ? own
            : write ? _writable : _all;
        return pool.Count == 0 ? Guid.NewGuid().ToString() : pool[random.Next(pool.Count)];
    }

    public string AnyType(Random random) => _types.Count == 0 ? "Agent" : _types[random.Next(_types.Count)];

    public string AnyStatusName(Random random) => _statusNames[random.Next(_statusNames.Count)];

    public string AnyAgentNumber(Random random) => _agentNumbers.Count == 0 ? "111" : _agentNumbers[random.Next(_agentNumbers.Count)];
}
