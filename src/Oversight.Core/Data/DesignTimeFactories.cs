using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Oversight.Core.Audit;

namespace Oversight.Core.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOversightDbContext>
{
    public SqliteOversightDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteOversightDbContext>().UseSqlite("Data Source=design.db").Options,
        SystemAuditActor.Migrations,
        TimeProvider.System);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOversightDbContext>
{
    public PostgresOversightDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresOversightDbContext>().UseNpgsql("Host=localhost").Options,
        SystemAuditActor.Migrations,
        TimeProvider.System);
}
