using AdminPortal.Domain.Credentials;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// The secret of the credential created by the current request, so the create response (read back from the database
/// like every response) can show it once. The <c>secret</c> attribute's SQL compares each row's id with
/// <see cref="CredentialId"/>, which EF Core sends as a parameter read when the query runs: outside the creating
/// request it is empty and the attribute is null.
/// </summary>
public static class OneTimeSecret
{
    private static readonly HttpContextAccessor _http = new();
    private static readonly object _key = new();

    public static Guid CredentialId => Created?.Credential.Id ?? Guid.Empty;

    public static string? Value => Created?.Secret;

    private static CreatedApiCredential? Created => _http.HttpContext?.Items[_key] as CreatedApiCredential;

    /// <summary>True when this request already created a credential (an atomic request may create only one: one secret to show).</summary>
    public static bool IsHeld(HttpContext context) => context.Items.ContainsKey(_key);

    public static void Hold(HttpContext context, CreatedApiCredential created) => context.Items[_key] = created;
}
