namespace AdminPortal.Domain.Common;

/// <summary>Rules shared by the team and menu trees.</summary>
internal static class Trees
{
    /// <summary>True when <paramref name="candidateParent"/> is <paramref name="node"/> itself or one of its descendants.</summary>
    public static bool IsSelfOrDescendant(Guid candidateParent, Guid node, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = candidateParent; current is { } id; current = parents.GetValueOrDefault(id))
        {
            if (id == node)
            {
                return true;
            }

            if (!seen.Add(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subtree walk of the team and menu trees: the roots and every node below them.</summary>
    public static HashSet<Guid> Subtree(ILookup<Guid, Guid> children, IEnumerable<Guid> roots)
    {
        var result = new HashSet<Guid>(roots);
        var pending = new Queue<Guid>(result);
        while (pending.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                if (result.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }

        return result;
    }

    /// <summary>Puts <paramref name="node"/> at <paramref name="position"/> among its siblings (end when null) and renumbers them 0..n-1.</summary>
    public static void Place<T>(List<T> siblings, T node, int? position, Action<T, int> setPosition)
        where T : class
    {
        siblings.Remove(node);
        var index = position is { } wanted ? Math.Clamp(wanted, 0, siblings.Count) : siblings.Count;
        siblings.Insert(index, node);
        for (var i = 0; i < siblings.Count; i++)
        {
            setPosition(siblings[i], i);
        }
    }

    public static string RequireName(string? name, int maxLength)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw Errors.ValidationFailedException.For("name", "Name is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw Errors.ValidationFailedException.For("name", $"Name can be at most {maxLength} characters long.");
        }

        return trimmed;
    }
}
