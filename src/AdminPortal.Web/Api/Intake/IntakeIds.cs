using System.Globalization;
using System.Text.Json;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Api.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Intake;

/// <summary>
/// Menu and agent ids of intake bodies: a numeric id (number or digits) or a UUID string; unknown ones answer 404. And the
/// other numbers of a body read before the domain checks it (a rating).
/// </summary>
public sealed class IntakeIds(AdminPortalDbContext db)
{
    public Task<Guid?> MenuAsync(JsonElement? value, string member, CancellationToken cancellationToken) =>
        ResolveAsync(value, member, "Menu", n => db.Menus.Where(m => m.NumericId == n).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken));

    public Task<Guid?> AgentAsync(JsonElement? value, string member, CancellationToken cancellationToken) =>
        ResolveAsync(value, member, "Agent", n => db.Agents.Where(a => a.NumericId == n).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken));

    public Task<Guid?> TeamAsync(JsonElement? value, string member, CancellationToken cancellationToken) =>
        ResolveAsync(value, member, "Team", n => db.Teams.Where(t => t.NumericId == n).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken));

    /// <summary>end_user.id as the system sent it (a number or a string).</summary>
    public static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };

    /// <summary>rating as the system sent it: a whole number (or its digits); anything else answers 422 on the member.</summary>
    public static int? Rating(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var n) => n,
        { ValueKind: JsonValueKind.String } digits when int.TryParse(digits.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new ApiRequestException(new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed",
            $"rating must be a whole number from {ContactRatings.Lowest} to {ContactRatings.Highest}.", "/rating")),
    };

    private static async Task<Guid?> ResolveAsync(JsonElement? value, string member, string entity, Func<long, Task<Guid?>> byNumber)
    {
        switch (value)
        {
            case null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                return null;
            case { ValueKind: JsonValueKind.String } text when Guid.TryParse(text.GetString(), out var id):
                return id;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var n):
                return await byNumber(n) ?? throw ApiRequestException.NotFound($"{entity} {n} does not exist.");
            case { ValueKind: JsonValueKind.String } digits when long.TryParse(digits.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                return await byNumber(n) ?? throw ApiRequestException.NotFound($"{entity} {n} does not exist.");
            default:
                throw new ApiRequestException(new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed",
                    $"{member} must be the {entity.ToLowerInvariant()}'s numeric id or UUID.", $"/{member}"));
        }
    }
}
