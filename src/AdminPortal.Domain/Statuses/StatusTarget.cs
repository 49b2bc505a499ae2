using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Statuses;

public enum StatusTargetKind
{
    /// <summary>A status by name, matched case-insensitively (what API clients and the portal send).</summary>
    Named,

    /// <summary>A built-in status by its seed 004 id.</summary>
    BuiltIn,

    /// <summary>The first status of a category an agent may choose (not a system one), by position.</summary>
    Category,

    /// <summary>Sign the agent in (Available); nothing to do when it already is.</summary>
    LogIn,

    /// <summary>Sign the agent out (Offline); nothing to do when it already is.</summary>
    LogOut,

    /// <summary>Where the agent goes when its work ends: its next status (the one before the call, or its pick), else Available.</summary>
    AfterWork,
}

/// <summary>Where a <see cref="StatusRequest"/> wants the agent; resolved against the organisation's statuses by <see cref="StatusCatalog"/>.</summary>
public sealed record StatusTarget
{
    private StatusTarget(StatusTargetKind kind, string? name = null, BuiltInStatus? builtIn = null, StatusCategory? category = null)
    {
        Kind = kind;
        Name = name;
        BuiltIn = builtIn;
        Category = category;
    }

    public StatusTargetKind Kind { get; }

    public string? Name { get; }

    public BuiltInStatus? BuiltIn { get; }

    public StatusCategory? Category { get; }

    public static StatusTarget LogIn { get; } = new(StatusTargetKind.LogIn);

    public static StatusTarget LogOut { get; } = new(StatusTargetKind.LogOut);

    public static StatusTarget AfterWork { get; } = new(StatusTargetKind.AfterWork);

    public static StatusTarget Named(string name) => new(StatusTargetKind.Named, name: (name ?? string.Empty).Trim());

    public static StatusTarget Of(BuiltInStatus status) => new(StatusTargetKind.BuiltIn, builtIn: status);

    public static StatusTarget FirstOf(StatusCategory category) => new(StatusTargetKind.Category, category: category);

    public override string ToString() => Kind switch
    {
        StatusTargetKind.Named => Name!,
        StatusTargetKind.BuiltIn => BuiltIn!.Name,
        StatusTargetKind.Category => $"first {Category!.Value.ToString().ToLowerInvariant()}",
        StatusTargetKind.LogIn => "log in",
        StatusTargetKind.AfterWork => "after work",
        _ => "log out",
    };
}
