using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Domain.Plan;

namespace Oversight.Core.Data;

public sealed class DatabaseMigrator(OversightDbContext db, PoliceAndCrimePlan plan)
{
    /// Applies pending migrations, then brings reference data (organisations, roles) into line with the configuration.
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(PreReleaseDatabase(unknown));
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await SyncReferenceDataAsync(cancellationToken);
        return pending;
    }

    // Before release 1.0 the migrations were squashed into one per provider, so a database made by an earlier
    // build holds migrations this one doesn't know. It can't be upgraded; say so plainly rather than fail midway.
    private string PreReleaseDatabase(List<string> unknown)
    {
        var where = db.Database.IsSqlite() ? $"the file {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource}" : "the database";
        return $"This database was made by a build of Oversight from before release 1.0 (it has {unknown.Count} migration(s) this build doesn't know, "
            + $"such as {unknown[0]}), and can't be upgraded. Move {where} aside or drop it, then run `oversight db migrate` again "
            + "(./run also reloads the demo data). See docs/migrations.md.";
    }

    private async Task SyncReferenceDataAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var definition in plan.Organisations)
        {
            if (organisations.TryGetValue(definition.Id, out var existing))
            {
                existing.Name = definition.Name;
                existing.Kind = definition.Kind;
            }
            else
            {
                db.Organisations.Add(new Organisation { Id = definition.Id, Name = definition.Name, Kind = definition.Kind });
            }
        }

        var roles = await db.Roles.Select(r => r.Name ?? "").ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(roles))
        {
            db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
