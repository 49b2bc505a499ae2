using System.Text;

namespace JsonApi.Configuration;

internal static class MemberNaming
{
    public static string Apply(JsonApiNamingConvention convention, string name) => convention switch
    {
        JsonApiNamingConvention.SnakeCase => ToSnakeCase(name),
        JsonApiNamingConvention.CamelCase => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..],
        _ => name,
    };

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var startsWord = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(current));
            }
            else
            {
                builder.Append(current);
            }
        }

        return builder.ToString();
    }
}
