using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;

namespace Oversight.Core.Data;

public sealed class PostgresOversightDbContext(DbContextOptions<PostgresOversightDbContext> options, IAuditActor actor, TimeProvider clock)
    : OversightDbContext(options, actor, clock);
