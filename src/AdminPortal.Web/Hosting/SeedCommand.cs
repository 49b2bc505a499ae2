namespace AdminPortal.Web.Hosting;

/// <summary><c>seed --agents N --teams N --menus N --days N</c>: fills a database for scale tests, then exits.</summary>
public static class SeedCommand
{
    public static Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "seed")
        {
            return Task.FromResult(false);
        }

        throw new NotImplementedException("seed command");
    }
}
