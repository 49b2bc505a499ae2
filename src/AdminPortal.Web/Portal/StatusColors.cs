using System.Globalization;

namespace AdminPortal.Web.Portal;

/// <summary>
/// Status colors as CSS: the seed's color names (green, blue_grey…) or a custom hex value, and the text color that
/// reads on each (WCAG AA: at least 4.5:1), chosen by contrast ratio. The one place the portal turns a status color into CSS.
/// </summary>
public static class StatusColors
{
    /// <summary>WCAG AA for normal text.</summary>
    public const double MinimumContrast = 4.5;

    public const string Fallback = "#9e9e9e";
    public const string Light = "#ffffff";
    public const string Dark = "#212121";
    public const string Black = "#000000";

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

    private static readonly string[] TextCandidates = [Light, Dark, Black];

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

    /// <summary>
    /// The text color for the status color: white, then near-black, then black, the first that reaches 4.5:1; one of
    /// white and black always does.
    /// </summary>
    public static string TextOn(string? color)
    {
        var background = Luminance(ToCss(color));
        return TextCandidates.FirstOrDefault(text => Contrast(Luminance(text), background) >= MinimumContrast)
            ?? TextCandidates.MaxBy(text => Contrast(Luminance(text), background))!;
    }

    /// <summary>The contrast ratio of two colors (1 to 21), as WCAG 2 defines it.</summary>
    public static double ContrastRatio(string foreground, string background) =>
        Contrast(Luminance(ToCss(foreground)), Luminance(ToCss(background)));

    /// <summary>The chip style of a status: its color as background, the readable text color on it.</summary>
    public static string ChipStyle(string? color) => $"background:{ToCss(color)};color:{TextOn(color)}";

    private static double Contrast(double first, double second) =>
        (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);

    private static double Luminance(string css)
    {
        var hex = css.TrimStart('#');
        if (hex.Length is 3 or 4)
        {
            hex = string.Concat(hex[..3].Select(c => $"{c}{c}"));
        }

        return (0.2126 * Channel(hex[..2])) + (0.7152 * Channel(hex[2..4])) + (0.0722 * Channel(hex[4..6]));

        static double Channel(string pair)
        {
            var value = int.Parse(pair, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }
    }

    private static bool IsHex(string value) =>
        value.Length is 4 or 7 or 9 && value[0] == '#' && value[1..].All(Uri.IsHexDigit);
}
