using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Oversight.Core.Audit;

public static class AuditTrail
{
    private const string Redacted = SecretText.Redacted;
    // Enums by name, so the trail reads "Failed", not 3, and stays right if a member is renumbered.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    // Identity's own secrets carry no attribute we can add, so they are named here.
    private static readonly HashSet<string> RedactedByName = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value",
    };

    /// Adds an audit entry for every pending create, update and delete to the same unit of work.
    public static void Record(DbContext db, IAuditActor actor, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            // A bumped concurrency stamp alone is bookkeeping, not a change anyone made.
            if (entry.State == EntityState.Modified && changes.Keys.All(name => entry.Property(name).Metadata.IsConcurrencyToken))
            {
                continue;
            }

            db.Add(new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                ActorName = actor.Name,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                EntityType = entry.Metadata.ClrType.Name.Split('`')[0],
                EntityId = KeyOf(entry),
                Changes = JsonSerializer.Serialize(changes, Json),
            });
        }
    }

    /// Records that someone read a sensitive record; the caller saves it with its own unit of work.
    public static void RecordView(DbContext db, IAuditActor actor, TimeProvider clock, string entityType, string entityId) =>
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            ActorName = actor.Name,
            Action = AuditAction.Viewed,
            EntityType = entityType,
            EntityId = entityId,
            Changes = "{}",
        });

    private static Dictionary<string, AuditChange> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, AuditChange>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            // The model's comparer, not Equals: a list property (a user's posts) is a new object with the same items.
            if (entry.State == EntityState.Modified && (!property.IsModified || property.Metadata.GetValueComparer().Equals(before, after)))
            {
                continue;
            }

            if (IsRedacted(entry, property.Metadata.PropertyInfo, name))
            {
                changes[name] = new AuditChange(before is null ? null : Redacted, after is null ? null : Redacted);
            }
            else if (property.Metadata.PropertyInfo?.GetCustomAttribute<AuditTokensRedactedAttribute>() is not null)
            {
                changes[name] = new AuditChange(WithoutTokens(before), WithoutTokens(after));
            }
            else
            {
                changes[name] = new AuditChange(before, after);
            }
        }

        return changes;
    }

    // "Value" is secret only on Identity's tokens; a measure's value is exactly what the trail must show.
    private static bool IsRedacted(EntityEntry entry, PropertyInfo? property, string name) =>
        (RedactedByName.Contains(name) && (name != "Value" || entry.Entity is IdentityUserToken<string>))
        || property?.GetCustomAttribute<AuditRedactedAttribute>() is not null;

    private static string? WithoutTokens(object? value) => value is null ? null : SecretText.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed record AuditChange(object? Before, object? After);
}
