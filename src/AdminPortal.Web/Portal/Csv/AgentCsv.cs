using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Portal.Queries;
using CsvHelper;

namespace AdminPortal.Web.Portal.Csv;

/// <summary>What a CSV file of agents holds: the rows to import, or why the file itself can't be read.</summary>
public sealed record AgentCsvFile(IReadOnlyList<AgentImportRow> Rows, string? Problem);

/// <summary>
/// Agents as CSV. The export's columns are also the import's: a file exported, edited and imported again works
/// (<c>status</c> and <c>in_status_since</c> are read-only and ignored on import; <c>password</c> is an optional extra).
/// </summary>
public static class AgentCsv
{
    public static readonly string[] Header =
        ["email", "first_name", "middle_name", "last_name", "agent_number", "extension_number", "role", "location", "status", "in_status_since"];

    private static readonly string[] Required = ["email", "first_name", "last_name"];

    public static Task<Stream> WriteAsync(IEnumerable<AgentRow> agents) =>
        CsvFiles.WriteAsync(Header, agents, a =>
        [
            a.Email, a.FirstName, a.MiddleName, a.LastName, a.AgentNumber, a.ExtensionNumber, PortalClaims.RoleName(a.Role), a.Location,
            a.StatusName, CsvFiles.Utc(a.StatusUpdatedAt),
        ]);

    /// <summary>
    /// Reads the rows to import; line numbers count the header as line 1. An unknown role is passed on as such, so the
    /// agent service refuses it with its own message.
    /// </summary>
    public static async Task<AgentCsvFile> ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CsvFiles.Configuration);
        try
        {
            if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                return new([], "The file is empty.");
            }

            var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
            if (Required.Where(c => !columns.Contains(c)).ToList() is { Count: > 0 } missing)
            {
                return new([], $"The file needs the columns {string.Join(", ", Required)}; it has no {string.Join(", ", missing)}.");
            }

            var rows = new List<AgentImportRow>();
            while (await csv.ReadAsync())
            {
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                rows.Add(new AgentImportRow(csv.Parser.Row, Details(Field), Blank(Field("password"))));
            }

            return new(rows, null);
        }
        catch (CsvHelperException exception) when (exception is BadDataException or ParserException or ReaderException)
        {
            return new([], $"The file is not valid CSV near line {exception.Context?.Parser?.Row}.");
        }

        string? Field(string name) => csv.HeaderRecord!.Any(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            ? CsvFiles.Unescape(csv.GetField(name))
            : null;
    }

    private static AgentDetails Details(Func<string, string?> field) => new(
        field("email") ?? string.Empty,
        field("first_name") ?? string.Empty,
        Blank(field("middle_name")),
        field("last_name") ?? string.Empty,
        Blank(field("agent_number")),
        Blank(field("extension_number")),
        null,
        Role(field("role")),
        Blank(field("location")));

    private static AgentRole Role(string? value) => string.IsNullOrWhiteSpace(value)
        ? AgentRole.Agent
        : Enum.TryParse<AgentRole>(value.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(value, out _) ? role : (AgentRole)(-1);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
