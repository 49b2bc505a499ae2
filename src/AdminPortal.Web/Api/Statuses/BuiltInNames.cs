namespace AdminPortal.Web.Api.Statuses;

/// <summary>Names and seed 004 ids of the built-in statuses the plain endpoints map to (built-ins are never renamed).</summary>
public static class BuiltInNames
{
    public const string Available = "Available";
    public const string Offline = "Offline";

    public const int AvailableId = 0;
    public const int UnavailableId = -1;
    public const int BreakId = -2;
    public const int SpecialTaskId = -3;
    public const int MealId = -4;
    public const int WrapUpId = -6;
}
