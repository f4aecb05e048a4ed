using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Domain.Plan;

namespace Oversight.Core.Data;

public sealed class DatabaseMigrator(OversightDbContext db, PoliceAndCrimePlan plan)
{
    /// Applies pending migrations, then brings reference data (organisations, roles) into line with the configuration.
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await SyncReferenceDataAsync(cancellationToken);
        return pending;
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
