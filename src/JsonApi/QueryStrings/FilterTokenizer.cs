using System.Text;
using JsonApi.Errors;

namespace JsonApi.QueryStrings;

internal enum FilterTokenKind
{
    Text,
    QuotedText,
    OpenParen,
    CloseParen,
    Comma,
    End,
}

internal readonly record struct FilterToken(FilterTokenKind Kind, string Value, int Position);

/// <summary>Splits a filter into names, quoted literals (<c>''</c> escapes a quote), parentheses and commas.</summary>
internal static class FilterTokenizer
{
    public static List<FilterToken> Tokenize(string text, string parameter)
    {
        var tokens = new List<FilterToken>();
        var index = 0;
        while (index < text.Length)
        {
            var current = text[index];
            switch (current)
            {
                case '(':
                    tokens.Add(new(FilterTokenKind.OpenParen, "(", index++));
                    break;
                case ')':
                    tokens.Add(new(FilterTokenKind.CloseParen, ")", index++));
                    break;
                case ',':
                    tokens.Add(new(FilterTokenKind.Comma, ",", index++));
                    break;
                case '\'':
                    tokens.Add(ReadQuoted(text, ref index, parameter));
                    break;
                case ' ':
                    index++;
                    break;
                default:
                    var start = index;
                    while (index < text.Length && text[index] is not ('(' or ')' or ',' or '\'' or ' '))
                    {
                        index++;
                    }

                    tokens.Add(new(FilterTokenKind.Text, text[start..index], start));
                    break;
            }
        }

        tokens.Add(new(FilterTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static FilterToken ReadQuoted(string text, ref int index, string parameter)
    {
        var start = index++;
        var builder = new StringBuilder();
        while (index < text.Length)
        {
            if (text[index] == '\'')
            {
                if (index + 1 < text.Length && text[index + 1] == '\'')
                {
                    builder.Append('\'');
                    index += 2;
                    continue;
                }

                index++;
                return new(FilterTokenKind.QuotedText, builder.ToString(), start);
            }

            builder.Append(text[index++]);
        }

        throw new InvalidQueryParameterException(parameter, $"Unterminated quoted text starting at position {start + 1}.");
    }
}
