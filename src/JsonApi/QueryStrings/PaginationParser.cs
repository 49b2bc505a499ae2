using System.Globalization;
using JsonApi.Configuration;
using JsonApi.Errors;

namespace JsonApi.QueryStrings;

/// <summary>Parses <c>page[number]</c> (1-based) and <c>page[size]</c> within the configured maximum.</summary>
internal static class PaginationParser
{
    public const string NumberParameter = "page[number]";
    public const string SizeParameter = "page[size]";

    public static (int Number, int Size) Parse(string? number, string? size, JsonApiOptions options)
    {
        var pageNumber = number is null ? 1 : ParsePositive(NumberParameter, number);
        var pageSize = size is null ? options.DefaultPageSize : ParsePositive(SizeParameter, size);
        if (pageSize > options.MaxPageSize)
        {
            throw new InvalidQueryParameterException(SizeParameter, $"Page size cannot be higher than {options.MaxPageSize}.");
        }

        return (pageNumber, pageSize);
    }

    private static int ParsePositive(string parameter, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new InvalidQueryParameterException(parameter, $"Value '{text}' must be a positive whole number.");
}
