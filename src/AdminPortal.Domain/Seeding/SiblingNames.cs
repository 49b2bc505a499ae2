
namespace AdminPortal.Domain.Seeding;

/// <summary>
/// Team and menu names are unique among siblings (case-insensitive): a generated name that repeats among its
/// siblings gets " 2", " 3", … The first row of a name keeps it, so the demo's named cast always wins.
/// </summary>
public static class SiblingNames
{
    public static void MakeUnique(Workforce workforce)
    {
        MakeUnique(workforce.Teams, t => t.ParentId, t => t.Name, (t, name) => t.Name = name);
        MakeUnique(workforce.Menus, m => m.ParentId, m => m.Name, (m, name) => m.Name = name);
    }

    private static void MakeUnique<T>(IEnumerable<T> rows, Func<T, Guid?> parentOf, Func<T, string> nameOf, Action<T, string> rename)
    {
        var taken = new HashSet<(Guid?, string)>();
        foreach (var row in rows)
        {
            var parent = parentOf(row);
            var name = nameOf(row);
            if (taken.Add((parent, name.ToLowerInvariant())))
            {
                continue;
            }

            for (var number = 2; ; number++)
            {
                var candidate = $"{name} {number}";
                if (taken.Add((parent, candidate.ToLowerInvariant())))
                {
                    rename(row, candidate);
                    break;
                }
            }
        }
    }
}
