using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Accountability.Precept;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Accountability.Precept;

/// A year's tax base per district as typed.
public sealed record TaxBaseLine(string District, decimal BandDEquivalents);

/// The precept years the office has set, and the tables and proposals computed from them.
public sealed class PreceptRecords(OversightDbContext db, TimeProvider clock)
{
    public Task<List<PreceptRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.PreceptRecords.AsNoTracking().Include(p => p.TaxBases).OrderByDescending(p => p.Year).ToListAsync(cancellationToken);

    public Task<PreceptRecord?> FindAsync(string year, CancellationToken cancellationToken) =>
        db.PreceptRecords.AsNoTracking().Include(p => p.TaxBases).SingleOrDefaultAsync(p => p.Year == year, cancellationToken);

    /// The year as the domain computes with it: Band D is requirement over total tax base, unrounded.
    public static PreceptYear ToYear(PreceptRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PreceptYear(record.Year, record.Requirement, record.TotalTaxBase);
    }

    /// The published table for a year against the year before, for the annual report; null when either is missing.
    public async Task<IReadOnlyList<PreceptLine>?> TableAsync(string year, CancellationToken cancellationToken)
    {
        var current = await FindAsync(year, cancellationToken);
        var previous = current is null ? null : await PreviousAsync(current, cancellationToken);
        return current is null || previous is null ? null : PreceptTable.Compare(ToYear(previous), ToYear(current));
    }

    public Task<PreceptRecord?> PreviousAsync(PreceptRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var year = ReportingPeriodParser.FinancialYear(record.Year)?.Previous().Text ?? "";
        return FindAsync(year, cancellationToken);
    }

    /// Records a year, or replaces its figures when it is recorded already (the audit trail keeps the old ones).
    public async Task<Saved> SaveAsync(string? year, decimal requirement, IReadOnlyList<TaxBaseLine> taxBases, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taxBases);
        var checks = new Checks();
        var period = ReportingPeriodParser.FinancialYear(year);
        if (period is null)
        {
            checks.Add("Year", "Enter a financial year like 2025-26");
        }

        if (requirement <= 0)
        {
            checks.Add("Requirement", "The precept requirement must be more than £0");
        }

        if (taxBases.Count == 0 || taxBases.Any(t => t.BandDEquivalents <= 0 || string.IsNullOrWhiteSpace(t.District)))
        {
            checks.Add("TaxBases", "Enter each district's tax base as a number of Band D equivalents more than 0");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var record = await db.PreceptRecords.Include(p => p.TaxBases).SingleOrDefaultAsync(p => p.Year == period!.Text, cancellationToken);
        if (record is null)
        {
            record = new PreceptRecord { Year = period!.Text, RecordedBy = by };
            db.Add(record);
        }

        record.Requirement = requirement;
        record.RecordedBy = by;
        record.RecordedAt = clock.GetUtcNow();
        db.RemoveRange(record.TaxBases);
        foreach (var line in taxBases)
        {
            db.Add(new TaxBase { PreceptRecordId = record.Id, District = line.District.Trim(), BandDEquivalents = line.BandDEquivalents });
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(record.Id);
    }
}
