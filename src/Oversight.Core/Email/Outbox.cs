using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Data;

namespace Oversight.Core.Email;

public sealed record OutboxQuery(string? Search, OutboxStatus? Status, int Page = 1);

/// A message as the admin outbox page lists it: its state, never its body (which may hold a link's token).
public sealed record OutboxRow(
    Guid Id, DateTimeOffset CreatedAt, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

public sealed record OutboxPage(IReadOnlyList<OutboxRow> Rows, int Page, int PageCount, int Total, bool Configured);

/// The outbox as administrators read it, newest first, searchable by recipient or subject.
public sealed class Outbox(OversightDbContext db, IOptions<EmailOptions> options)
{
    public const int PageSize = 25;

    public async Task<OutboxPage> SearchAsync(OutboxQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var messages = db.OutboxEmails.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLowerInvariant();
            // N.B. EF turns ToLower() into SQL lower(), the same on both providers; the culture rules do not apply.
#pragma warning disable CA1304, CA1311, CA1862
            messages = messages.Where(m => m.To.ToLower().Contains(text) || m.Subject.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        var total = await messages.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await messages.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.CreatedAt, m.To, m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToListAsync(cancellationToken);
        return new OutboxPage(rows, page, pageCount, total, options.Value.Configured);
    }
}
