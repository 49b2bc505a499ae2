using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// The generated demo passwords, kept in the data folder so every start prints the same ones.
/// Passwords given through configuration are never written here. Readable by the host's user only.
/// </summary>
public sealed class DemoSignInFile(string folder)
{
    public const string FileName = "demo-sign-in.json";

    public string Path { get; } = System.IO.Path.Combine(folder, FileName);

    public Passwords Read()
    {
        try
        {
            PrivateFiles.Tighten(Path);
            return File.Exists(Path) ? JsonSerializer.Deserialize<Passwords>(File.ReadAllText(Path)) ?? new Passwords(null, null) : new Passwords(null, null);
        }
        catch (JsonException)
        {
            return new Passwords(null, null);
        }
    }

    public void Write(Passwords passwords)
    {
        PrivateFiles.WriteAllText(Path, JsonSerializer.Serialize(passwords, new JsonSerializerOptions { WriteIndented = true }));
    }

    public sealed record Passwords(
        [property: JsonPropertyName("admin_password")] string? AdminPassword,
        [property: JsonPropertyName("agent_password")] string? AgentPassword);
}
