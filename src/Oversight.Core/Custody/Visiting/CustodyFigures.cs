using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Documents;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Custody.Visiting;

/// The annual report's custody figures: the Independent Custody Visiting scheme and child remand scrutiny. The
/// records behind them are aggregates; detainees are never listed.
public sealed class CustodyFigures(VisitingStatistics visiting, RemandCases remand) : IFigureSource
{
    private const string Visitors = "custody.visitors";
    private const string Visits = "custody.visits";
    private const string Detainees = "custody.detainees-met";
    private const string SpokenTo = "custody.spoken-to-share";
    private const string Remand = "custody.child-remand-cases";
    private const string RemandAccommodated = "custody.child-remand-cases.accommodated-share";
    private const string RemandKept = "custody.child-remand-cases.kept-in-custody-share";
    private const string RemandCourtAgreed = "custody.child-remand-cases.court-agreed-share";
    private const string RemandChargedLate = "custody.child-remand-cases.kept-and-charged-after-23";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await visiting.ForYearAsync(firstYear, cancellationToken);
        var cases = await remand.ForYearAsync(firstYear, cancellationToken);
        const string Reports = "Submitted custody visit reports";
        const string RemandSource = "Child remand cases recorded for scrutiny";
        return
        [
            new(Visitors, $"Independent Custody Visitors who made visits in {year.Label}", year.Visitors, FigureFormat.Count, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(Visits, $"Visits to custody suites in {year.Label}", year.Visits, FigureFormat.Count, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(Detainees, $"Detained people the visitors came into contact with in {year.Label}", year.DetaineesMet, FigureFormat.Count, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(SpokenTo, $"Share of available detained people the visitors spoke to in {year.Label}", Math.Round(year.SpokenToShare * 100, 1), FigureFormat.Percentage, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(Remand, $"Child remand cases the scrutiny panel examined in {year.Label}", cases.Cases, FigureFormat.Count, ReportSection.Headlines, RemandSource, "/custody/remand"),
            new(RemandAccommodated, $"Share of child remand cases in {year.Label} where the local authority accommodated the child", Percent(cases.AccommodatedShare), FigureFormat.Percentage, ReportSection.Headlines, RemandSource, "/custody/remand"),
            new(RemandKept, $"Share of child remand cases in {year.Label} where the child was kept in police custody", Percent(cases.Cases == 0 ? 0m : (decimal)cases.NotAccommodated / cases.Cases), FigureFormat.Percentage, ReportSection.Headlines, RemandSource, "/custody/remand"),
            new(RemandCourtAgreed, $"Share of child remand cases decided by a court in {year.Label} where the court agreed with the decision to remand", Percent(cases.CourtAgreedShare), FigureFormat.Percentage, ReportSection.Headlines, RemandSource, "/custody/remand"),
            new(RemandChargedLate, $"Children kept in police custody in {year.Label} who had been charged after 23:00", cases.NotAccommodatedChargedLate, FigureFormat.Count, ReportSection.Headlines, RemandSource, "/custody/remand"),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key is Remand or RemandAccommodated or RemandKept or RemandCourtAgreed or RemandChargedLate)
        {
            var cases = await remand.ForYearAsync(firstYear, cancellationToken);
            return FigureTable.Of(["Cases", "Accommodated", "Not accommodated", "Of those, charged after 23:00", "Court agreed"],
                [cases], c => [c.Cases, c.Accommodated, c.NotAccommodated, c.NotAccommodatedChargedLate, c.CourtAgreed]);
        }

        if (key is not (Visitors or Visits or Detainees or SpokenTo))
        {
            return null;
        }

        var year = await visiting.ForYearAsync(firstYear, cancellationToken);
        return key is Visits
            ? FigureTable.Of(["Custody suite", "Target", "Visits made"], year.Coverage, c => [c.Suite, c.Target, c.Made])
            : FigureTable.Of(["Visitors", "Visits", "Detained people in custody", "Detained people met", "Available", "Offered a visit", "Spoken to", "Declined"],
                [year], y => [y.Visitors, y.Visits, y.DetaineesInCustody, y.DetaineesMet, y.Available, y.Offered, y.SpokenTo, y.Declined]);
    }

    private static decimal Percent(decimal share) => Math.Round(share * 100, 0);
}
