using Oversight.Core.Funding.Victims;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Funding.Reporting;

/// The annual report's funding figures: the Safer Communities Fund's awards and the victims' services grant.
public sealed class FundingFigures(FundingStatistics fund, VictimServicesStatistics victims) : IFigureSource
{
    private const string Projects = "funding.safer-communities.projects";
    private const string Amount = "funding.safer-communities.amount";
    private const string People = "funding.safer-communities.people";
    private const string Grant = "funding.victims.grant";
    private const string Organisations = "funding.victims.organisations";
    private const string Victims = "funding.victims.victims-supported";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        var total = (await fund.ReportAsync(year, cancellationToken)).Total;
        var services = await victims.YearAsync(year, VictimServicesStatistics.MinistryOfJusticeGrant, cancellationToken);
        const string Fund = "Awarded applications to the Mayor's Safer Communities Fund";
        const string Contracts = "Victims' services contracts and providers' returns";
        return
        [
            new(Projects, $"Projects funded by the Mayor's Safer Communities Fund in {year}", total.Projects, FigureFormat.Count, ReportSection.Headlines, Fund, "/funding/reports?year=" + year),
            new(Amount, $"Awarded by the Mayor's Safer Communities Fund in {year}", total.Amount, FigureFormat.Money, ReportSection.Finance, Fund, "/funding/reports?year=" + year),
            new(People, $"People the funded projects expected to reach in {year}", total.PeopleExpected, FigureFormat.Count, ReportSection.Headlines, Fund, "/funding/reports?year=" + year),
            new(Grant, $"Ministry of Justice victims' grant commissioned in {year}", services.GrantTotal, FigureFormat.Money, ReportSection.Finance, Contracts, "/funding/victims"),
            new(Organisations, $"Organisations delivering victims' services in {year}", services.Organisations, FigureFormat.Count, ReportSection.Finance, Contracts, "/funding/victims"),
            new(Victims, $"Victims supported by commissioned services in {year}", services.Victims, FigureFormat.Count, ReportSection.Headlines, Contracts, "/funding/victims"),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        if (key is Projects or Amount or People)
        {
            var projects = (await fund.ProjectsAsync(cancellationToken)).Where(p => p.FinancialYear == year).OrderBy(p => p.Round).ThenBy(p => p.District);
            return FigureTable.Of(["Round", "District", "Awarded", "People expected"], projects, p => [p.Round, p.District, p.Amount, p.PeopleExpected]);
        }

        if (key is Grant or Organisations or Victims)
        {
            var services = await victims.YearAsync(year, VictimServicesStatistics.MinistryOfJusticeGrant, cancellationToken);
            return FigureTable.Of(["Grant line", "Amount"], services.ByLine.OrderBy(l => l.Key), l => [l.Key.ToString(), l.Value]);
        }

        return null;
    }
}
