using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Reporting.Annual;
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

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await visiting.ForYearAsync(firstYear, cancellationToken);
        var cases = await remand.ForYearAsync(firstYear, cancellationToken);
        const string Reports = "Submitted custody visit reports";
        return
        [
            new(Visitors, $"Independent Custody Visitors who made visits in {year.Label}", year.Visitors, FigureFormat.Count, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(Visits, $"Visits to custody suites in {year.Label}", year.Visits, FigureFormat.Count, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(Detainees, $"Detained people the visitors came into contact with in {year.Label}", year.DetaineesMet, FigureFormat.Count, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(SpokenTo, $"Share of available detained people the visitors spoke to in {year.Label}", Math.Round(year.SpokenToShare * 100, 1), FigureFormat.Percentage, ReportSection.Headlines, Reports, "/custody/statistics"),
            new(Remand, $"Child remand cases the scrutiny panel examined in {year.Label}", cases.Cases, FigureFormat.Count, ReportSection.Headlines, "Child remand cases recorded for scrutiny", "/custody/remand"),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key == Remand)
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
}
