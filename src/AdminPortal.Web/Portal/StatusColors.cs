namespace AdminPortal.Web.Portal;

/// <summary>Status colors as CSS: the seed's color names (green, blue_grey…) or a custom hex value.</summary>
public static class StatusColors
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["green"] = "#4caf50",
        ["light_green"] = "#8bc34a",
        ["red"] = "#f44336",
        ["pink"] = "#e91e63",
        ["purple"] = "#9c27b0",
        ["deep_purple"] = "#673ab7",
        ["indigo"] = "#3f51b5",
        ["blue"] = "#2196f3",
        ["light_blue"] = "#03a9f4",
        ["cyan"] = "#00bcd4",
        ["teal"] = "#009688",
        ["lime"] = "#cddc39",
        ["yellow"] = "#fbc02d",
        ["amber"] = "#ffc107",
        ["orange"] = "#ff9800",
        ["deep_orange"] = "#ff5722",
        ["brown"] = "#795548",
        ["grey"] = "#9e9e9e",
        ["gray"] = "#9e9e9e",
        ["blue_grey"] = "#607d8b",
        ["black"] = "#212121",
    };

    public const string Fallback = "#9e9e9e";

    public static string ToCss(string? color)
    {
        if (string.IsNullOrWhiteSpace(color))
        {
            return Fallback;
        }

        var value = color.Trim();
        if (Named.TryGetValue(value.Replace('-', '_').Replace(' ', '_'), out var css))
        {
            return css;
        }

        return IsHex(value) ? value : Fallback;
    }

    /// <summary>Black or white, whichever reads better on the color.</summary>
    public static string TextOn(string? color)
    {
        var hex = ToCss(color).TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }

        var r = Convert.ToInt32(hex[..2], 16);
        var g = Convert.ToInt32(hex[2..4], 16);
        var b = Convert.ToInt32(hex[4..6], 16);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) > 160 ? "#212121" : "#ffffff";
    }

    private static bool IsHex(string value) =>
        value.Length is 4 or 7 or 9 && value[0] == '#' && value[1..].All(Uri.IsHexDigit);
}
