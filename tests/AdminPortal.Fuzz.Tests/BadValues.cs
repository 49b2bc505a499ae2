namespace AdminPortal.Fuzz.Tests;

/// <summary>Values that have broken parsers before: wrong types, wrong ranges, odd characters, sizes no client sends.</summary>
public static class BadValues
{
    public static readonly string[] Ids =
    [
        "", " ", "0", "-1", "1", "2147483648", "99999999999999999999999", "1e5", "abc", "null", "undefined", "true",
        "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000001}", "not-a-guid-at-all",
        "' or '1'='1", "1;DROP TABLE agents", "..%2F..%2Fetc%2Fpasswd", "%00", "%C3%28", "%FF%FE", "%E2%82", "%ZZ",
        "\u00e9\u00e8", "\ud83d\ude00", "a/b", "a?b", "a#b", "%2e%2e", "me", "[]", "{}", "\"quoted\"",
    ];

    public static readonly string[] Literals =
    [
        "'x'", "''", "'''", "'it''s'", "'unterminated", "null", "NULL", "'null'", "'true'", "'-1'", "'0'", "'1e400'",
        "'99999999999999999999'", "'2026-13-45'", "'2026-01-01T00:00:00Z'", "'\u00e9'", "'%'", "'_'", "'\\'", "42", "x",
        "'00000000-0000-0000-0000-000000000000'", "'abc-not-a-guid'", "'NaN'", "'Infinity'", "'-9223372036854775809'",
    ];

    public static readonly string[] Functions =
    [
        "equals", "lessThan", "lessOrEqual", "greaterThan", "greaterOrEqual", "contains", "startsWith", "endsWith", "any",
        "has", "count", "not", "and", "or", "isType", "unknown", "EQUALS", "",
    ];

    public static readonly string[] PageValues =
    [
        "0", "-1", "1", "2", "500", "501", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3",
        "abc", "", " ", "0x10", "%00", "null", "[]",
    ];

    public static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz",
        "application/vnd.api+json; ext=\"https://example.com/unknown\"", "application/vnd.api+json; profile=\"x\"",
        "application/vnd.api+json; charset=utf-16", "application/json; charset=latin1", "application/vnd.api+json; foo=bar",
        "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"", "application/json", "application/vnd.api+json",
        "*/*", "garbage", ";;;", "application/",
    ];

    public static readonly string[] Accepts =
    [
        "application/vnd.api+json", "application/json", "*/*", "text/html", "application/vnd.api+json; ext=bogus",
        "application/vnd.api+json; charset=utf-8", "application/xml", "", ";q=abc", "application/vnd.api+json;q=0",
    ];

    public static readonly string[] Authorizations =
    [
        "Bearer", "Bearer ", "Bearer not-a-token", "Bearer a.b.c", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
        "Basic", "Basic !!!", "Basic " + Convert.ToBase64String("deathstar:wrong"u8.ToArray()),
        "Basic " + Convert.ToBase64String("no-colon"u8.ToArray()), "Basic " + Convert.ToBase64String(new byte[] { 0xC3, 0x28, 0x3A, 0xFF }),
        "Digest x", "Bearer " + new string('a', 9000),
    ];
}
