using System.Text;

namespace JsonApi.Serialization;

/// <summary>Makes a query string as a client sent it a valid URI query (RFC 3986): characters outside the query's set are
/// percent-encoded as UTF-8, valid escapes stay as they are, so the link still names what the client asked for.</summary>
internal static class UriQuery
{
    private const string Allowed = "-._~!$&'()*+,;=:@/?";

    public static string Escape(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        if (IsValid(query))
        {
            return query;
        }

        var result = new StringBuilder(query.Length + 16);
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (IsAllowed(c) || (c == '%' && IsEscape(query, i)))
            {
                result.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < query.Length && char.IsLowSurrogate(query[i + 1]) ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(query.Substring(i, length)))
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return result.ToString();
    }

    private static bool IsValid(string query)
    {
        for (var i = 0; i < query.Length; i++)
        {
            if (!IsAllowed(query[i]) && !(query[i] == '%' && IsEscape(query, i)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c, StringComparison.Ordinal);

    private static bool IsEscape(string text, int index) =>
        index + 2 < text.Length && char.IsAsciiHexDigit(text[index + 1]) && char.IsAsciiHexDigit(text[index + 2]);
}
