using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;

namespace Oversight.Core.Data;

public sealed class SqliteOversightDbContext(DbContextOptions<SqliteOversightDbContext> options, IAuditActor actor, TimeProvider clock)
    : OversightDbContext(options, actor, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store it as UTC ticks so queries stay in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToTicksConverter>();
    }
}
