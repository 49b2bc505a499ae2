namespace AdminPortal.Domain.Listings;

/// <summary>A row as a caller names it: by its UUID (<see cref="Key"/>) or by its numeric id (<see cref="Number"/>), as the seed APIs do.</summary>
public readonly record struct RowRef
{
    private RowRef(Guid? key, long? number)
    {
        Key = key;
        Number = number;
    }

    public Guid? Key { get; }

    public long? Number { get; }

    public static RowRef Of(Guid key) => new(key, null);

    public static RowRef Of(long number) => new(null, number);

    /// <summary>A UUID, or a whole number (a numeric id); false for anything else.</summary>
    public static bool TryParse(string? text, out RowRef reference)
    {
        var trimmed = text?.Trim();
        reference = Guid.TryParse(trimmed, out var key) ? Of(key)
            : long.TryParse(trimmed, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? Of(number)
            : default;
        return reference.Key is not null || reference.Number is not null;
    }

    public override string ToString() => Key?.ToString() ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
