using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody.Scrutiny;

/// A remand case as the panel sees it: everything but ethnicity, which only the aggregate analysis reveals.
public sealed record RemandCaseView(
    Guid Id, string CustodyNumber, DateTimeOffset ChargedAt, bool ChargedLate, string BailRefusedReason, DateTimeOffset? LocalAuthorityRequestedAt,
    string? LocalAuthorityResponse, RemandAccommodation Accommodation, string? NoAccommodationReason, double HoursInCell, bool CertificateProduced, bool? CourtAgreed);

public sealed record EthnicityCount(string Ethnicity, int Cases, int NotAccommodated);

/// A year of child remand cases, as the panel's annual report gives them.
public sealed record RemandYear(int FirstYear, int Cases, int Accommodated, int NotAccommodated, int NotAccommodatedChargedLate,
    int CourtDecided, int CourtAgreed, IReadOnlyList<EthnicityCount> ByEthnicity)
{
    public decimal AccommodatedShare => Cases == 0 ? 0m : (decimal)Accommodated / Cases;

    public decimal CourtAgreedShare => CourtDecided == 0 ? 0m : (decimal)CourtAgreed / CourtDecided;
}

/// Child remand cases for the child custody scrutiny panel.
public sealed class RemandCases(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public async Task<List<RemandCaseView>> ListAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = Year(firstYear);
        var cases = await db.ChildRemandCases.AsNoTracking().Where(c => c.ChargedAt >= from && c.ChargedAt < to)
            .OrderBy(c => c.ChargedAt).ToListAsync(cancellationToken);
        // The list shows every case of the year, so reading it is recorded once for the year.
        AuditTrail.RecordView(db, actor, clock, nameof(ChildRemandCase), $"year {firstYear}");
        await db.SaveChangesAsync(cancellationToken);
        return [.. cases.Select(View)];
    }

    public async Task<RemandCaseView?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await db.ChildRemandCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return null;
        }

        AuditTrail.RecordView(db, actor, clock, nameof(ChildRemandCase), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return View(found);
    }

    public async Task<RemandYear> ForYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = Year(firstYear);
        var cases = await db.ChildRemandCases.AsNoTracking().Where(c => c.ChargedAt >= from && c.ChargedAt < to).ToListAsync(cancellationToken);
        var notAccommodated = cases.Where(c => c.Accommodation == RemandAccommodation.None).ToList();
        return new RemandYear(
            firstYear, cases.Count, cases.Count - notAccommodated.Count, notAccommodated.Count, notAccommodated.Count(c => c.ChargedLate),
            cases.Count(c => c.CourtAgreed is not null), cases.Count(c => c.CourtAgreed == true),
            [.. cases.GroupBy(c => c.Ethnicity).Select(g => new EthnicityCount(g.Key, g.Count(), g.Count(c => c.Accommodation == RemandAccommodation.None)))
                .OrderByDescending(e => e.Cases).ThenBy(e => e.Ethnicity, StringComparer.Ordinal)]);
    }

    // Financial years run from 1 April in UK time.
    private static (DateTimeOffset From, DateTimeOffset To) Year(int firstYear) =>
        (UkMidnight(new DateOnly(firstYear, 4, 1)), UkMidnight(new DateOnly(firstYear + 1, 4, 1)));

    private static DateTimeOffset UkMidnight(DateOnly day)
    {
        var utc = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return utc - (UkTime.ToLocal(utc) - utc.UtcDateTime);
    }

    private static RemandCaseView View(ChildRemandCase c) => new(
        c.Id, c.CustodyNumber, c.ChargedAt, c.ChargedLate, c.BailRefusedReason, c.LocalAuthorityRequestedAt, c.LocalAuthorityResponse,
        c.Accommodation, c.NoAccommodationReason, c.HoursInCell, c.CertificateProduced, c.CourtAgreed);
}
