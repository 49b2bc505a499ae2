using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace AdminPortal.Web.Portal.Csv;

/// <summary>
/// The portal's CSV dialect: comma separated, a header row, UTF-8 (with a BOM on export, so spreadsheets read accents),
/// cells that would start a spreadsheet formula escaped with a leading apostrophe (and unescaped on import).
/// </summary>
public static class CsvFiles
{
    public const string ContentType = "text/csv";

    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        HeaderValidated = null,
        DetectColumnCountChanges = false,
        TrimOptions = TrimOptions.Trim,
    };

    /// <summary>Writes the header and one record per row into a new stream, positioned at its start.</summary>
    public static async Task<Stream> WriteAsync<T>(IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, IEnumerable<string?>> fields)
    {
        var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            await csv.NextRecordAsync();
            foreach (var row in rows)
            {
                foreach (var field in fields(row))
                {
                    csv.WriteField(field ?? string.Empty);
                }

                await csv.NextRecordAsync();
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A cell as typed: the apostrophe an export put before a formula-like value is taken off again.</summary>
    public static string? Unescape(string? value) =>
        value is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? value[1..] : value;

    /// <summary>An instant as UTC ISO-8601 (<c>2026-01-05T09:00:00Z</c>), as the API writes it.</summary>
    public static string Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
