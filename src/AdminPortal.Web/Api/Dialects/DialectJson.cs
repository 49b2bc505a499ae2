using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdminPortal.Web.Api.Dialects;

/// <summary>
/// The wire format of the seed dialects (002, 004): plain JSON, snake_case members, every member written (null too, as
/// the seeds' examples show), times in UTC with milliseconds (<c>2016-11-10T00:15:04.000Z</c>), and text as the seeds write it
/// (<c>'</c> stays <c>'</c>; the body is JSON served with <c>nosniff</c>, never HTML).
/// </summary>
public static class DialectJson
{
    public const string MediaType = "application/json";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new MillisecondUtcConverter() },
    };

    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options, MediaType);

    /// <summary>The error body of the seed dialects: <c>{"message": "status 'Napping' does not exist"}</c>.</summary>
    public sealed record ErrorBody(string Message);

    private sealed class MillisecondUtcConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Json.UtcDateTimeConverter.AsUtc(value).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
