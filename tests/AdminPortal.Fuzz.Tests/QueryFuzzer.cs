using System.Text;
using System.Text.RegularExpressions;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// Query strings for an operation: its documented parameters (filter, sort, include, fields[...], page[...]) filled with
/// expressions that are sometimes valid, often wrong (unknown members, bad literals, wrong arity, unbalanced quotes),
/// and now and then huge or deeply nested; plus parameters nobody documented and broken percent-encodings.
/// </summary>
public sealed partial class QueryFuzzer(Random random, IReadOnlyList<string> vocabulary)
{
    public string Build(OpenApiOperation operation)
    {
        var members = MembersOf(operation);
        var parts = new List<string>();
        foreach (var parameter in operation.In("query").Where(_ => random.Next(8) == 0))
        {
            parts.Add($"{Encode(parameter.Name)}={Encode(ValueFor(parameter.Name, members))}");
        }

        switch (random.Next(12))
        {
            case 0:
                parts.Add($"{Encode(Pick(["foo", "filter[x]", "page[offset]", "fields", "include[]", "sort[0]", "", "page"]))}={Encode(Word(members))}");
                break;
            case 1:
                parts.Add(Pick(["filter=%C3%28", "filter=%FF%FE%FD", "sort=%E2%82", "include=%ZZ", "filter=%", "fields[%C0%AF]=x", "filter=equals(name,'%ED%A0%80')"]));
                break;
            case 2:
                parts.Add($"filter={Encode(Filter(members, 0))}");
                parts.Add($"filter={Encode(Filter(members, 0))}");
                break;
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private string ValueFor(string name, IReadOnlyList<string> members) => name switch
    {
        "filter" => random.Next(25) == 0 ? Huge(members) : Filter(members, 0),
        "sort" => string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => (random.Next(2) == 0 ? "-" : "") + SortKey(members))),
        "include" => random.Next(30) == 0
            ? string.Join(',', Enumerable.Range(0, 1000).Select(_ => Word(members)))
            : string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Path(members, random.Next(1, 6)))),
        "page[number]" or "page[size]" => Pick(BadValues.PageValues),
        _ when name.StartsWith("fields[", StringComparison.Ordinal) => string.Join(',', Enumerable.Range(0, random.Next(0, 5)).Select(_ => Word(members))),
        _ => Pick(BadValues.Literals),
    };

    private string Filter(IReadOnlyList<string> members, int depth)
    {
        if (depth > 4 || random.Next(4) == 0)
        {
            return $"{Pick(["equals", "lessThan", "greaterOrEqual", "contains", "startsWith"])}({Path(members, random.Next(1, 3))},{Pick(BadValues.Literals)})";
        }

        return random.Next(9) switch
        {
            0 => $"and({Filter(members, depth + 1)},{Filter(members, depth + 1)})",
            1 => $"or({Filter(members, depth + 1)},{Filter(members, depth + 1)},{Filter(members, depth + 1)})",
            2 => $"not({Filter(members, depth + 1)})",
            3 => $"has({Word(members)}{(random.Next(2) == 0 ? "," + Filter(members, depth + 1) : "")})",
            4 => $"any({Path(members, 1)},{string.Join(',', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(BadValues.Literals)))})",
            5 => $"{Pick(["equals", "greaterThan", "lessOrEqual"])}(count({Word(members)}),{Pick(BadValues.Literals)})",
            6 => $"{Pick(BadValues.Functions)}({string.Join(',', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Word(members)))}",
            7 => $"equals({Path(members, 1)},{Path(members, 1)})",
            _ => Mangle($"equals({Word(members)},{Pick(BadValues.Literals)})"),
        };
    }

    /// <summary>What no client should send: thousands of values, functions nested thousands deep, megabyte literals.</summary>
    private string Huge(IReadOnlyList<string> members) => random.Next(4) switch
    {
        0 => $"any(email,{string.Join(',', Enumerable.Range(0, random.Next(50, 1500)).Select(i => $"'{i}'"))})",
        1 => string.Concat(Enumerable.Repeat("not(", random.Next(9, 1500))) + "equals(id,'1')" + new string(')', random.Next(0, 1500)),
        2 => string.Concat(Enumerable.Repeat($"has({Word(members)},", random.Next(3, 200))) + "equals(id,'1')" + new string(')', 200),
        _ => $"equals(name,'{new string('x', random.Next(10_000, 200_000))}')",
    };

    private string SortKey(IReadOnlyList<string> members) => random.Next(5) switch
    {
        0 => $"count({Word(members)})",
        1 => Path(members, random.Next(2, 5)),
        2 => Pick(["", "-", "--name", " ", "id desc", "name,", ",,"]),
        _ => Word(members),
    };

    private string Path(IReadOnlyList<string> members, int length) => string.Join('.', Enumerable.Range(0, length).Select(_ => Word(members)));

    private string Word(IReadOnlyList<string> members) => random.Next(8) switch
    {
        0 => Pick(vocabulary),
        1 => Pick(["unknown", "ID", "Name", "__proto__", "", "a b", "\u00e9", "status.name", "*"]),
        _ => members.Count == 0 ? Pick(vocabulary) : Pick(members),
    };

    private string Mangle(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0 && builder.Length > 0; i--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, Pick(["(", ")", "'", ",", "\"", "\\", "\0", "\u00ff", " "])); break;
                default: builder[at] = builder[random.Next(builder.Length)]; break;
            }
        }

        return builder.ToString();
    }

    private IReadOnlyList<string> MembersOf(OpenApiOperation operation) =>
        [.. operation.In("query").SelectMany(p => ListIn(p.Description)).Distinct()];

    private static IEnumerable<string> ListIn(string description)
    {
        foreach (Match match in MemberList().Matches(description))
        {
            foreach (var member in match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return member.TrimEnd('.');
            }
        }
    }

    /// <summary>Every member list of the document's query parameters, to mix members of other resources in.</summary>
    public static IReadOnlyList<string> VocabularyOf(OpenApiDocument document) =>
        [.. document.Operations.SelectMany(o => o.In("query")).SelectMany(p => ListIn(p.Description)).Distinct()];

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

    private static string Encode(string value) => Uri.EscapeDataString(value).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:Filterable|Sortable|comma-separated):\s*([a-z_, .]+)")]
    private static partial Regex MemberList();
}
