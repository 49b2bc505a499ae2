using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.QueryStrings;

/// <summary>Parses <c>filter=and(equals(status,'active'),greaterThan(count(comments),'2'))</c> into a <see cref="FilterExpression"/>.</summary>
internal sealed class FilterParser
{
    private readonly List<FilterToken> _tokens;
    private readonly string _parameter;
    private readonly FilterBudget _budget;
    private int _index;
    private int _depth;
    private int _hasDepth;

    private FilterParser(string text, string parameter, FilterBudget budget)
    {
        _parameter = parameter;
        _budget = budget;
        _tokens = FilterTokenizer.Tokenize(text, parameter);
    }

    /// <summary>Parses one <c>filter</c> parameter; <paramref name="budget"/> holds the limits and what earlier parameters of the request used.</summary>
    public static FilterExpression Parse(string text, ResourceType type, FilterBudget budget, string parameter = "filter")
    {
        var parser = new FilterParser(text, parameter, budget);
        var filter = parser.ParseFilter(type);
        parser.Expect(FilterTokenKind.End, "end of filter");
        return filter;
    }

    private FilterExpression ParseFilter(ResourceType type)
    {
        if (++_depth > _budget.MaxDepth)
        {
            throw Error(Peek(), $"Filters cannot be nested more than {_budget.MaxDepth} levels deep");
        }

        var name = Expect(FilterTokenKind.Text, "filter function");
        Expect(FilterTokenKind.OpenParen, "'('");
        FilterExpression result = name.Value switch
        {
            "equals" => ParseComparison(ComparisonOperator.Equals, type),
            "lessThan" => ParseComparison(ComparisonOperator.LessThan, type),
            "lessOrEqual" => ParseComparison(ComparisonOperator.LessOrEqual, type),
            "greaterThan" => ParseComparison(ComparisonOperator.GreaterThan, type),
            "greaterOrEqual" => ParseComparison(ComparisonOperator.GreaterOrEqual, type),
            "contains" => ParseTextMatch(TextMatchKind.Contains, type),
            "startsWith" => ParseTextMatch(TextMatchKind.StartsWith, type),
            "endsWith" => ParseTextMatch(TextMatchKind.EndsWith, type),
            "any" => ParseAny(type),
            "has" => ParseHas(type),
            "not" => new NotFilter(ParseFilter(type)),
            "and" => ParseLogical(LogicalOperator.And, type),
            "or" => ParseLogical(LogicalOperator.Or, type),
            _ => throw Error(name, $"Unknown filter function '{name.Value}'"),
        };
        Expect(FilterTokenKind.CloseParen, "')'");
        _depth--;
        if (result is ComparisonFilter or TextMatchFilter or HasFilter or AnyFilter && ++_budget.Conditions > _budget.MaxConditions)
        {
            throw Error(name, $"Filters can hold at most {_budget.MaxConditions} conditions in one request");
        }

        return result;
    }

    private ComparisonFilter ParseComparison(ComparisonOperator op, ResourceType type)
    {
        var leftToken = Peek();
        var left = ParseTerm(type, allowToOneEnd: op == ComparisonOperator.Equals);
        var leftType = TypeOf(left);
        if (op != ComparisonOperator.Equals && !(left is CountTerm || left is FieldTerm { Field.Attribute.Codec.IsOrdered: true }))
        {
            throw Error(leftToken, $"Field '{Describe(left)}' cannot be compared with {op}: only numbers and dates can");
        }

        Expect(FilterTokenKind.Comma, "','");
        var token = Next();
        FilterTerm right;
        if (token.Kind == FilterTokenKind.QuotedText)
        {
            if (left is FieldTerm { Field.Relationship: not null })
            {
                throw Error(token, "A relationship can only be compared with null");
            }

            right = new LiteralTerm(Convert(token, left));
        }
        else if (token is { Kind: FilterTokenKind.Text, Value: "null" })
        {
            if (left is CountTerm || left is FieldTerm { Field.Attribute.IsNullable: false } || op != ComparisonOperator.Equals)
            {
                throw Error(token, $"Field '{Describe(left)}' cannot be compared with null");
            }

            right = new NullTerm();
        }
        else if (token.Kind == FilterTokenKind.Text)
        {
            _index--;
            right = ParseTerm(type, allowToOneEnd: false);
            var rightType = Nullable.GetUnderlyingType(TypeOf(right)) ?? TypeOf(right);
            if (rightType != (Nullable.GetUnderlyingType(leftType) ?? leftType))
            {
                throw Error(token, $"Fields '{Describe(left)}' and '{Describe(right)}' have different types");
            }
        }
        else
        {
            throw Error(token, "Quoted value, null or field expected");
        }

        return new ComparisonFilter(op, left, right);
    }

    private FilterTerm ParseTerm(ResourceType type, bool allowToOneEnd)
    {
        var token = Expect(FilterTokenKind.Text, "field name or count(...)");
        if (token.Value == "count" && Peek().Kind == FilterTokenKind.OpenParen)
        {
            Next();
            var path = Expect(FilterTokenKind.Text, "to-many relationship");
            var chain = FieldChainResolver.ResolveToMany(path.Value, type, _parameter);
            Expect(FilterTokenKind.CloseParen, "')'");
            return new CountTerm(chain);
        }

        return new FieldTerm(FieldChainResolver.ResolveAttribute(token.Value, type, _parameter, AttributeCapabilities.Filter, allowToOneEnd));
    }

    private TextMatchFilter ParseTextMatch(TextMatchKind kind, ResourceType type)
    {
        var fieldToken = Expect(FilterTokenKind.Text, "field name");
        var field = FieldChainResolver.ResolveAttribute(fieldToken.Value, type, _parameter, AttributeCapabilities.Filter);
        if (!field.Attribute!.Codec.IsText)
        {
            throw Error(fieldToken, $"Attribute '{field}' is not text, so it cannot be used with {kind}");
        }

        Expect(FilterTokenKind.Comma, "','");
        var text = Expect(FilterTokenKind.QuotedText, "quoted text");
        return new TextMatchFilter(kind, field, text.Value);
    }

    private AnyFilter ParseAny(ResourceType type)
    {
        var fieldToken = Expect(FilterTokenKind.Text, "field name");
        var field = new FieldTerm(FieldChainResolver.ResolveAttribute(fieldToken.Value, type, _parameter, AttributeCapabilities.Filter));
        var values = new List<object>();
        do
        {
            Expect(FilterTokenKind.Comma, "','");
            var value = Expect(FilterTokenKind.QuotedText, "quoted value");
            if (++_budget.Values > _budget.MaxValues)
            {
                throw Error(value, $"Filters can list at most {_budget.MaxValues} values in one request");
            }

            values.Add(Convert(value, field));
        }
        while (Peek().Kind == FilterTokenKind.Comma);

        return new AnyFilter(field.Field, values);
    }

    private HasFilter ParseHas(ResourceType type)
    {
        var path = Expect(FilterTokenKind.Text, "to-many relationship");
        var chain = FieldChainResolver.ResolveToMany(path.Value, type, _parameter);
        FilterExpression? inner = null;
        if (Peek().Kind == FilterTokenKind.Comma)
        {
            var comma = Next();
            if (++_hasDepth > _budget.MaxHasDepth)
            {
                throw Error(comma, $"has() cannot be nested more than {_budget.MaxHasDepth} levels deep");
            }

            inner = ParseFilter(chain.Relationship!.RightType);
            _hasDepth--;
        }

        return new HasFilter(chain, inner);
    }

    private LogicalFilter ParseLogical(LogicalOperator op, ResourceType type)
    {
        var terms = new List<FilterExpression> { ParseFilter(type) };
        while (Peek().Kind == FilterTokenKind.Comma)
        {
            Next();
            terms.Add(ParseFilter(type));
        }

        return terms.Count >= 2 ? new LogicalFilter(op, terms) : throw Error(Peek(), $"{op.ToString().ToLowerInvariant()} needs at least two filters");
    }

    private object Convert(FilterToken token, FilterTerm target)
    {
        if (target is CountTerm)
        {
            return int.TryParse(token.Value, out var count) ? count : throw Error(token, $"Failed to convert '{token.Value}' of type 'String' to type 'Int32'");
        }

        var codec = ((FieldTerm)target).Field.Attribute!.Codec;
        try
        {
            return codec.Parse(token.Value);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            throw Error(token, $"Failed to convert '{token.Value}' of type 'String' to type '{codec.TypeName}'");
        }
    }

    private static Type TypeOf(FilterTerm term) => term switch
    {
        CountTerm => typeof(int),
        FieldTerm { Field.Attribute: { } attribute } => attribute.ValueType,
        FieldTerm field => field.Field.Relationship!.RightClrType,
        _ => typeof(object),
    };

    private static string Describe(FilterTerm term) => term switch
    {
        CountTerm count => $"count({count.Field})",
        FieldTerm field => field.Field.ToString(),
        _ => term.ToString(),
    };

    private FilterToken Peek() => _tokens[_index];

    private FilterToken Next() => _tokens[Math.Min(_index++, _tokens.Count - 1)];

    private FilterToken Expect(FilterTokenKind kind, string what)
    {
        var token = Next();
        return token.Kind == kind ? token : throw Error(token, $"{char.ToUpperInvariant(what[0])}{what[1..]} expected");
    }

    private InvalidQueryParameterException Error(FilterToken token, string message) =>
        new(_parameter, $"{message} at position {token.Position + 1}.");
}
