namespace AdminPortal.Domain.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "AdminPortal";
    public const string DefaultSqliteConnectionString = "Data Source=data/adminportal.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
