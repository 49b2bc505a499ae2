namespace JsonApi.QueryStrings.Expressions;

/// <summary>An operand of a comparison or a sort key.</summary>
public abstract record FilterTerm;

/// <summary>An attribute (or, compared with null, a to-one relationship).</summary>
public sealed record FieldTerm(FieldChain Field) : FilterTerm;

/// <summary><c>count(toMany)</c>.</summary>
public sealed record CountTerm(FieldChain Field) : FilterTerm;

/// <summary>A literal already converted to the type of the other operand.</summary>
public sealed record LiteralTerm(object Value) : FilterTerm;

public sealed record NullTerm : FilterTerm;
