namespace AdminPortal.Web.Hosting;

/// <summary>
/// Files holding secrets (the generated signing key, the generated demo passwords): created readable and writable by
/// the host's user only (0600 on Unix) from the first byte, and tightened when found looser.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void WriteAllText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        Tighten(path);
    }

    /// <summary>Takes away any access of the group and of others (an existing file keeps its mode on overwrite).</summary>
    public static void Tighten(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && File.GetUnixFileMode(path) != OwnerOnly)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
