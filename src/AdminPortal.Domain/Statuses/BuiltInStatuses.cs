using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Statuses;

/// <summary>One of the statuses every organisation starts with (seed 004 ids, colors and wfm ids).</summary>
public sealed record BuiltInStatus(int BuiltInId, string Name, string Color, int WfmId, StatusCategory Category, bool System, int Position)
{
    public UserStatus CreateFor(Guid organisationId) => new()
    {
        OrganisationId = organisationId,
        BuiltInId = BuiltInId,
        Name = Name,
        Color = Color,
        WfmId = WfmId,
        Category = Category,
        System = System,
        Position = Position,
    };
}

/// <summary>The built-in statuses of seed 004, in their list order. They can be neither renamed, recolored nor deleted.</summary>
public static class BuiltInStatuses
{
    public static readonly BuiltInStatus Available = new(0, "Available", "green", 11, StatusCategory.Available, false, 0);
    public static readonly BuiltInStatus Unavailable = new(-1, "Unavailable", "red", 12, StatusCategory.Away, false, 1);
    public static readonly BuiltInStatus Break = new(-2, "Break", "yellow", 29, StatusCategory.Away, false, 2);
    public static readonly BuiltInStatus SpecialTask = new(-3, "Special Task", "pink", 30, StatusCategory.Busy, false, 3);
    public static readonly BuiltInStatus Meal = new(-4, "Meal", "brown", 31, StatusCategory.Away, false, 4);
    public static readonly BuiltInStatus MissedCall = new(-5, "Missed Call", "blue_grey", 32, StatusCategory.Busy, true, 5);
    public static readonly BuiltInStatus WrapUp = new(-6, "Wrap-up", "purple", 33, StatusCategory.Busy, true, 6);
    public static readonly BuiltInStatus InCall = new(-7, "In-call", "light_blue", 34, StatusCategory.Busy, true, 7);
    public static readonly BuiltInStatus InChat = new(-8, "In-chat", "indigo", 35, StatusCategory.Busy, true, 8);
    public static readonly BuiltInStatus Offline = new(-10, "Offline", "grey", 36, StatusCategory.Offline, false, 9);

    public static readonly IReadOnlyList<BuiltInStatus> All =
        [Available, Unavailable, Break, SpecialTask, Meal, MissedCall, WrapUp, InCall, InChat, Offline];

    public static BuiltInStatus? ById(int builtInId) => All.FirstOrDefault(s => s.BuiltInId == builtInId);
}
