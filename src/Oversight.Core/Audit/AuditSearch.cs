using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;

namespace Oversight.Core.Audit;

public sealed record AuditQuery(string? EntityType, string? EntityId, string? Actor, DateOnly? From, DateOnly? To, int Page = 1);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageCount, int Total);

public sealed class AuditSearch(OversightDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(a => a.EntityId == query.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            entries = entries.Where(a => a.ActorName.Contains(actor));
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditPage(rows, page, pageCount, total);
    }

    /// A record's history for its page: every audited change to it (or to any of its versions), oldest first.
    public Task<List<AuditEntry>> HistoryAsync(string entityType, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && ids.Contains(a.EntityId) && a.Action != AuditAction.Viewed)
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<List<string>> EntityTypesAsync(CancellationToken cancellationToken) =>
        db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
}
