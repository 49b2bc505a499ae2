namespace AdminPortal.Web.Hosting;

/// <summary>The repository's top-level wwwroot when run from source, else the copy published beside the binary.</summary>
public static class WebRoot
{
    public static string Locate()
    {
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

        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
