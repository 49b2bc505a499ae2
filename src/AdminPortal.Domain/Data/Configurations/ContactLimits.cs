namespace AdminPortal.Domain.Data.Configurations;

/// <summary>Column sizes of calls, chats and their events; the intake validates against the same numbers.</summary>
public static class ContactLimits
{
    public const int ExternalId = 128;
    public const int Text = 200;
    public const int MenuPath = 1000;

    /// <summary>The filter of the unique index on a contact's external id (generated history has none).</summary>
    internal const string HasExternalId = "\"external_id\" IS NOT NULL";
}
