using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// The statuses of one organisation, deleted ones included (an agent may still be in one). The one place where a
/// request's target becomes a status: names match case-insensitively; deleted statuses are never a target.
/// </summary>
public sealed class StatusCatalog(IReadOnlyList<UserStatus> statuses)
{
    public IReadOnlyList<UserStatus> All => statuses;

    public UserStatus? ById(Guid id) => statuses.FirstOrDefault(s => s.Id == id);

    /// <summary>The status named so (ignoring case and surrounding spaces); a built-in wins over a custom status of the same name.</summary>
    public UserStatus? Named(string? name)
    {
        var wanted = name?.Trim();
        return string.IsNullOrEmpty(wanted)
            ? null
            : Live.Where(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.BuiltInId is null)
                .ThenBy(s => s.Position)
                .FirstOrDefault();
    }

    public UserStatus? Of(BuiltInStatus builtIn) => Live.FirstOrDefault(s => s.BuiltInId == builtIn.BuiltInId);

    /// <summary>The first status of the category an agent may choose (not a system one), in the organisation's order.</summary>
    public UserStatus? FirstOf(StatusCategory category) =>
        Live.Where(s => s.Category == category && !s.System).OrderBy(s => s.Position).ThenBy(s => s.Name).FirstOrDefault();

    private IEnumerable<UserStatus> Live => statuses.Where(s => !s.Deleted);
}
