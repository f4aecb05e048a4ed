using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Decisions;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Grants;
using Oversight.Core.Funding.Rounds;
using Oversight.Core.Performance.Reports;

namespace Oversight.Core.Publishing;

/// The generation of what the public can read: it moves on whenever a record that public pages, documents or open
/// data are made from is saved (a report published, a notice or minutes published, a grant decided), so whatever
/// was kept from the previous generation is made again rather than served.
public sealed class PublicContent
{
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public void Changed() => Interlocked.Increment(ref generation);

    /// Whether a saved entity is one that public outputs are made from. Published reports of every kind share
    /// ReviewedReport; the funding records feed the 360Giving open data.
    public static bool FeedsPublicOutputs(Type type) =>
        typeof(ReviewedReport).IsAssignableFrom(type)
        || type == typeof(DecisionNotice) || type == typeof(Meeting)
        || type == typeof(FundingApplication) || type == typeof(Grant) || type == typeof(MonitoringReturn) || type == typeof(FundingRound);
}

/// Moves PublicContent on after a save that changed a record public outputs are made from.
/// N.B. bulk ExecuteUpdate/ExecuteDelete and other processes bypass it; what is kept also expires (PublishedResponses).
public sealed class PublicContentInterceptor(PublicContent content) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Forget(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    // Noted before saving (afterwards every entry is Unchanged), applied after the save succeeds.
    private readonly HashSet<DbContext> pending = [];

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && PublicContent.FeedsPublicOutputs(e.Metadata.ClrType)))
        {
            lock (pending)
            {
                pending.Add(context);
            }
        }
    }

    private void Settle(DbContext? context)
    {
        if (Forget(context))
        {
            content.Changed();
        }
    }

    private bool Forget(DbContext? context)
    {
        lock (pending)
        {
            return context is not null && pending.Remove(context);
        }
    }
}
