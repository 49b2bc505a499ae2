using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Hosting;
using Microsoft.Extensions.Configuration;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>The generated signing key and demo passwords are readable by the host's user only (Unix file modes).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateFilesTests
{
    [Fact]
    public async Task Generated_signing_key_and_demo_passwords_are_owner_only()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            DemoAgents = 0,
            Settings = new Dictionary<string, string?> { ["Auth:SigningKey"] = "", ["Demo:AdminPassword"] = "", ["Demo:AgentPassword"] = "" },
        });
        host.CreateClient();

        File.GetUnixFileMode(Path.Combine(host.DataFolder, SigningKeys.FileName)).ShouldBe(PrivateFiles.OwnerOnly);
        File.GetUnixFileMode(Path.Combine(host.DataFolder, DemoSignInFile.FileName)).ShouldBe(PrivateFiles.OwnerOnly);
    }

    [Fact]
    public void A_key_file_left_readable_by_others_is_tightened_when_read()
    {
        var folder = Directory.CreateTempSubdirectory("adminportal-key-").FullName;
        try
        {
            var path = Path.Combine(folder, SigningKeys.FileName);
            File.WriteAllText(path, Convert.ToBase64String(new byte[48]));
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataFolder"] = folder }).Build();

            SigningKeys.Resolve(configuration).Length.ShouldBe(48);

            File.GetUnixFileMode(path).ShouldBe(PrivateFiles.OwnerOnly);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
