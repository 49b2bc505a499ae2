namespace AdminPortal.Web.Portal;

public enum ThemeChoice
{
    /// <summary>Dark when the operating system is dark.</summary>
    System,
    Light,
    Dark,
}

/// <summary>The circuit's light or dark theme: the user's choice (remembered in the browser) or the system's.</summary>
public sealed class ThemeState
{
    public ThemeChoice Choice { get; private set; } = ThemeChoice.System;

    public bool SystemIsDark { get; private set; }

    public bool IsDark => Choice == ThemeChoice.Dark || (Choice == ThemeChoice.System && SystemIsDark);

    public event Func<Task>? Changed;

    public static ThemeChoice Parse(string? remembered) =>
        Enum.TryParse<ThemeChoice>(remembered, ignoreCase: true, out var choice) ? choice : ThemeChoice.System;

    /// <summary>The value the browser remembers (null: follow the system).</summary>
    public static string? Remembered(ThemeChoice choice) => choice == ThemeChoice.System ? null : choice.ToString().ToLowerInvariant();

    public Task ChooseAsync(ThemeChoice choice)
    {
        Choice = choice;
        return NotifyAsync();
    }

    public Task SystemChangedAsync(bool dark)
    {
        SystemIsDark = dark;
        return NotifyAsync();
    }

    private Task NotifyAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
