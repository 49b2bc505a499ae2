namespace AdminPortal.Web.Hosting;

/// <summary>
/// The web root: the <c>wwwroot</c> that <c>dotnet publish</c> puts beside the binary, found wherever the host is started
/// from; when run from source (no such folder beside the build output), the repository's top-level <c>wwwroot</c>.
/// </summary>
public static class WebRoot
{
    public static string Locate()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(published))
        {
            return published;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AdminPortal.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                {
                    return Path.Combine(dir.FullName, "wwwroot");
                }
            }
        }

        return published;
    }
}
