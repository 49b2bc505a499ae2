using AdminPortal.Domain.Data;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// Where the host keeps its own files (generated demo passwords, generated keys): <c>DataFolder</c> when
/// configured, else the folder of the SQLite database, else <c>data/</c> under the working directory.
/// </summary>
public static class DataFolder
{
    public const string ConfigurationKey = "DataFolder";

    public static string Locate(IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultSqliteConnectionString;
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { Length: > 0 } folder)
            {
                return folder;
            }
        }

        return Path.GetFullPath("data");
    }
}
