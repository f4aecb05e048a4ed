using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody.Visiting;

public sealed record IssueTheme(IssueCategory Category, int Raised, int Closed, int Escalated);

/// The scheme's figures for a financial year, as its annual report and the Home Office ask for them.
/// DetaineesInCustody sums each visit's head count; DetaineesMet counts the detainees the visitors listed, which is
/// fewer whenever a suite holds more people than a pair can reach.
public sealed record VisitingYear(
    int FirstYear, int Visitors, int Visits, int DetaineesInCustody, int DetaineesMet, int NotAvailable, int Offered, int SpokenTo, int Declined, int Observed,
    IReadOnlyList<IssueTheme> Issues, IReadOnlyList<SuiteCoverage> Coverage)
{
    public int Available => DetaineesMet - NotAvailable;

    /// Share of the detainees available to see whom the visitors spoke to.
    public decimal SpokenToShare => Available == 0 ? 0m : (decimal)SpokenTo / Available;

    public string Label => FinancialYear.Label(FirstYear);
}

public sealed class VisitingStatistics(OversightDbContext db)
{
    /// Every financial year from the first submitted visit to the last, newest first.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var visits = db.CustodyVisits.Where(v => v.Status == VisitStatus.Submitted);
        return FinancialYear.Spanning(
            await visits.MinAsync(v => (DateOnly?)v.VisitDate, cancellationToken),
            await visits.MaxAsync(v => (DateOnly?)v.VisitDate, cancellationToken));
    }

    /// Figures for the financial year starting 1 April <paramref name="firstYear"/>, from submitted reports only.
    public async Task<VisitingYear> ForYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var from = FinancialYear.Start(firstYear);
        var to = from.AddYears(1);
        var visits = db.CustodyVisits.Where(v => v.Status == VisitStatus.Submitted && v.VisitDate >= from && v.VisitDate < to);
        var visitCount = await visits.CountAsync(cancellationToken);
        var inCustody = await visits.SumAsync(v => v.DetaineesInCustody ?? 0, cancellationToken);
        var pairs = await visits.Select(v => new { v.FirstVisitorId, v.SecondVisitorId }).ToListAsync(cancellationToken);
        var visitors = pairs.SelectMany(p => new[] { p.FirstVisitorId, p.SecondVisitorId }).Distinct().Count();
        var contacts = await db.VisitDetainees.Where(d => visits.Any(v => v.Id == d.VisitId))
            .GroupBy(d => d.Contact).Select(g => new { Contact = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(DetaineeContact contact) => contacts.Where(c => c.Contact == contact).Sum(c => c.Count);
        var issues = await db.VisitIssues.Where(i => visits.Any(v => v.Id == i.VisitId))
            .GroupBy(i => i.Category)
            .Select(g => new IssueTheme(g.Key, g.Count(), g.Count(i => i.Status == IssueStatus.Closed), g.Count(i => i.Escalated)))
            .ToListAsync(cancellationToken);
        var coverage = await db.CustodySuites.OrderBy(s => s.Name)
            .Select(s => new SuiteCoverage(s.Id, s.Name, s.VisitsPerMonthTarget * 12,
                db.RotaEntries.Count(r => r.SuiteId == s.Id && r.Day >= from && r.Day < to),
                visits.Count(v => v.SuiteId == s.Id)))
            .ToListAsync(cancellationToken);
        return new VisitingYear(
            firstYear, visitors, visitCount, inCustody, contacts.Sum(c => c.Count), Count(DetaineeContact.NotAvailable),
            Count(DetaineeContact.Accepted) + Count(DetaineeContact.Declined), Count(DetaineeContact.Accepted), Count(DetaineeContact.Declined),
            Count(DetaineeContact.Observed), [.. issues.OrderByDescending(i => i.Raised)], coverage);
    }
}
