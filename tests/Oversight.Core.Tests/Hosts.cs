using Oversight.TestCommon;

[assembly: AssemblyFixture(typeof(SqliteHost))]
[assembly: AssemblyFixture(typeof(PostgresHost))]
