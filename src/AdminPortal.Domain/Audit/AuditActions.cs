namespace AdminPortal.Domain.Audit;

/// <summary>The <c>action</c> of an audit event.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";

    /// <summary>A soft-deleted team, menu or status brought back.</summary>
    public const string Restore = "restore";

    public const string Deactivate = "deactivate";
    public const string Reactivate = "reactivate";

    /// <summary>Only the password changed (the event says so, never what it is).</summary>
    public const string ChangePassword = "change_password";

    /// <summary>An API credential revoked.</summary>
    public const string Revoke = "revoke";

    public static readonly IReadOnlyList<string> All = [Create, Update, Delete, Restore, Deactivate, Reactivate, ChangePassword, Revoke];
}
