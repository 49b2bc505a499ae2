namespace AdminPortal.Web.Portal.Queries;

public static class PortalQueries
{
    /// <summary>
    /// Read-only projections for the pages (each runs in its own scope through <see cref="PortalScope"/>), and the state a
    /// circuit keeps about its viewer (time zone, theme).
    /// </summary>
    public static IServiceCollection AddPortalQueries(this IServiceCollection services) => services
        .AddScoped<ViewerTime>()
        .AddScoped<ThemeState>()
        .AddScoped<Downloads>()
        .AddScoped<StatusChoices>()
        .AddScoped<AgentDirectory>()
        .AddScoped<StatusList>()
        .AddScoped<LiveBoard>()
        .AddScoped<TeamTree>()
        .AddScoped<MenuTree>()
        .AddScoped<MenuAssignments>()
        .AddScoped<ActivityLog>()
        .AddScoped<WidgetState>()
        .AddScoped<Wallboard>();
}

/// <summary>One page of rows and the count of all matching rows (or of the first ones, when <paramref name="MoreThanTotal"/>).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, bool MoreThanTotal = false);

/// <summary>An id and a display name, for pickers and filters.</summary>
public sealed record Choice(Guid Id, string Name);
