using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Justice;

public sealed record CohortFigures(Cohort Cohort, int Referred, int Female, int Started, int StartedWithin48Hours,
    int Completed, int NonCompliant, int Withdrawn, int HoursRequired, int HoursCompleted, int VictimConsulted, int RestorativeJusticeOffered)
{
    public decimal FemaleShare => Referred == 0 ? 0m : (decimal)Female / Referred;

    public decimal StartedWithin48HoursShare => Started == 0 ? 0m : (decimal)StartedWithin48Hours / Started;
}

public sealed record JusticeYear(int FirstYear, CohortFigures Adults, CohortFigures Children, int Conferences);

/// Immediate Justice figures for a financial year, by cohort.
public sealed class JusticeStatistics(OversightDbContext db)
{
    /// Every financial year from the first referral to the last, newest first.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var first = await db.JusticeReferrals.MinAsync(r => (DateTimeOffset?)r.DisposedAt, cancellationToken);
        var last = await db.JusticeReferrals.MaxAsync(r => (DateTimeOffset?)r.DisposedAt, cancellationToken);
        return FinancialYear.Spanning(first is { } f ? UkTime.DateOf(f) : null, last is { } l ? UkTime.DateOf(l) : null);
    }

    public async Task<JusticeYear> ForYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = FinancialYear.Instants(firstYear);
        var referrals = await db.JusticeReferrals.AsNoTracking().Where(r => r.DisposedAt >= from && r.DisposedAt < to).ToListAsync(cancellationToken);
        var (first, last) = (FinancialYear.Start(firstYear), FinancialYear.End(firstYear));
        var conferences = await db.CommunityConferences.CountAsync(c => c.HeldOn >= first && c.HeldOn <= last, cancellationToken);
        return new JusticeYear(firstYear, Figures(Cohort.Adult, referrals), Figures(Cohort.Child, referrals), conferences);
    }

    private static CohortFigures Figures(Cohort cohort, List<JusticeReferral> all)
    {
        var rs = all.Where(r => r.Cohort == cohort).ToList();
        return new CohortFigures(
            cohort, rs.Count, rs.Count(r => r.Sex == Sex.Female), rs.Count(r => r.StartedAt is not null), rs.Count(r => r.StartedWithinAmbition),
            rs.Count(r => r.Outcome == ReferralOutcome.Completed), rs.Count(r => r.Outcome == ReferralOutcome.NonCompliant),
            rs.Count(r => r.Outcome == ReferralOutcome.Withdrawn), rs.Sum(r => r.HoursRequired ?? 0), rs.Sum(r => r.HoursCompleted),
            rs.Count(r => r.VictimConsulted), rs.Count(r => r.RestorativeJusticeOffered));
    }
}
