using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Statuses;

public sealed class SqliteStatusRulesTests(SqliteTestDatabase database) : StatusRulesTests<SqliteTestDatabase>(database);
