using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Documents;
using Oversight.Core.Funding.Victims;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Funding.Reporting;

/// The annual report's funding figures: the Safer Communities Fund's awards (in total, by round, theme and focus, and
/// since the fund began, with each round's ceilings), the victims' services grant (by line and by the victims the
/// providers' returns count) and the Safer Streets round running in the year.
public sealed class FundingFigures(OversightDbContext db, FundingStatistics fund, VictimServicesStatistics victims) : IFigureSource
{
    private const string Fund = "funding.safer-communities.";
    private const string Projects = Fund + "projects";
    private const string Amount = Fund + "amount";
    private const string People = Fund + "people";
    private const string SinceStartProjects = Fund + "since-start.projects";
    private const string SinceStartAmount = Fund + "since-start.amount";
    private const string Victims = "funding.victims.";
    private const string Grant = Victims + "grant";
    private const string Organisations = Victims + "organisations";
    private const string Supported = Victims + "victims-supported";
    private const string SaferStreets = "funding.safer-streets.";
    private const string FundSource = "Awarded applications to the Mayor's Safer Communities Fund";
    private const string ContractSource = "Victims' services contracts and providers' returns";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        var report = await fund.ReportAsync(year, cancellationToken);
        var total = report.Total;
        var services = await victims.YearAsync(year, VictimServicesStatistics.MinistryOfJusticeGrant, cancellationToken);
        var fundPath = "/funding/reports?year=" + year;
        var figures = new List<Figure>
        {
            new(Projects, $"Projects funded by the Mayor's Safer Communities Fund in {year}", total.Projects, FigureFormat.Count, ReportSection.Headlines, FundSource, fundPath),
            new(Amount, $"Awarded by the Mayor's Safer Communities Fund in {year}", total.Amount, FigureFormat.Money, ReportSection.Finance, FundSource, fundPath),
            new(People, $"People the funded projects expected to reach in {year}", total.PeopleExpected, FigureFormat.Count, ReportSection.Headlines, FundSource, fundPath),
            new(SinceStartProjects, $"Projects funded by the Mayor's Safer Communities Fund since it began, to the end of {year}", report.SinceStart.Projects, FigureFormat.Count, ReportSection.Finance, FundSource, "/funding/reports"),
            new(SinceStartAmount, $"Awarded by the Mayor's Safer Communities Fund since it began, to the end of {year}", report.SinceStart.Amount, FigureFormat.Money, ReportSection.Finance, FundSource, "/funding/reports"),
        };

        // A project with several themes counts under each, so these overlap; rounds and themes are as the awards record them.
        var projects = (await fund.ProjectsAsync(cancellationToken)).Where(p => p.FinancialYear == year).ToList();
        foreach (var round in report.ByRound)
        {
            figures.Add(new($"{Fund}round-{round.Key}.projects", $"Projects funded in round {round.Key} of the Mayor's Safer Communities Fund", round.Projects, FigureFormat.Count, ReportSection.Finance, FundSource, fundPath));
            figures.Add(new($"{Fund}round-{round.Key}.amount", $"Awarded in round {round.Key} of the Mayor's Safer Communities Fund", round.Amount, FigureFormat.Money, ReportSection.Finance, FundSource, fundPath));
            foreach (var theme in report.ByTheme)
            {
                var count = projects.Count(p => p.Round.ToString(CultureInfo.InvariantCulture) == round.Key && p.Themes.Contains(theme.Key));
                figures.Add(new($"{Fund}round-{round.Key}.theme.{theme.Key}.projects", $"Round {round.Key} projects addressing \"{theme.Label}\"", count, FigureFormat.Count, ReportSection.Finance, FundSource, fundPath));
            }
        }

        figures.AddRange(report.ByTheme.Select(t => new Figure($"{Fund}theme.{t.Key}.projects", $"Projects funded in {year} addressing \"{t.Label}\"", t.Projects, FigureFormat.Count, ReportSection.Finance, FundSource, fundPath)));
        figures.AddRange(ByDistrict(year, report, projects).SelectMany(x => x.Bars.Select(b => b.Figure)));
        // The report quotes a focus (business crime) over the fund's whole life, as it does the fund's own total.
        foreach (var focus in (await fund.ReportAsync(null, cancellationToken)).ByFocus)
        {
            figures.Add(new($"{Fund}since-start.focus.{focus.Key}.projects", $"Projects with a focus on {focus.Label.ToLowerInvariant()} since the fund began", focus.Projects, FigureFormat.Count, ReportSection.Finance, FundSource, "/funding/reports"));
            figures.Add(new($"{Fund}since-start.focus.{focus.Key}.amount", $"Awarded to projects with a focus on {focus.Label.ToLowerInvariant()} since the fund began", focus.Amount, FigureFormat.Money, ReportSection.Finance, FundSource, "/funding/reports"));
        }

        foreach (var round in await RoundsAsync(year, cancellationToken))
        {
            figures.AddRange(round.Strands.Select(s => new Figure($"{Fund}round-{round.Number}.ceiling.{s.Code}", $"Most a project could bid for in round {round.Number}, {s.Name}", s.Ceiling, FigureFormat.Money, ReportSection.Finance, "Funding round settings", "/funding/rounds")));
        }

        figures.AddRange(
        [
            new(Grant, $"Ministry of Justice victims' grant commissioned in {year}", services.GrantTotal, FigureFormat.Money, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Organisations, $"Organisations delivering victims' services in {year}", services.Organisations, FigureFormat.Count, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Supported, $"Victims supported by commissioned services in {year}", services.Victims, FigureFormat.Count, ReportSection.Headlines, ContractSource, "/funding/victims"),
            new(Victims + "female", $"Female victims supported by commissioned services in {year}", services.Female, FigureFormat.Count, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Victims + "male", $"Male victims supported by commissioned services in {year}", services.Male, FigureFormat.Count, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Victims + "children", $"Children supported by commissioned victims' services in {year}", services.Children, FigureFormat.Count, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Victims + "adults", $"Adults supported by commissioned victims' services in {year}", services.Adults, FigureFormat.Count, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Victims + "voluntary-sector-share", $"Share of organisations delivering victims' services in {year} from the voluntary and community sector", services.Organisations == 0 ? 0 : Math.Round(100m * services.VcseOrganisations / services.Organisations, 0), FigureFormat.Percentage, ReportSection.Finance, ContractSource, "/funding/victims"),
            new(Victims + "kinds-of-service", $"Kinds of victims' service commissioned in {year}", services.ServiceTypes, FigureFormat.Count, ReportSection.Finance, ContractSource, "/funding/victims"),
        ]);
        figures.AddRange(services.ByLine.Select(l => new Figure($"{Victims}line.{Slug(l.Key)}", $"Victims' grant ring-fenced for {Words(l.Key)} in {year}", l.Value, FigureFormat.Money, ReportSection.Finance, ContractSource, "/funding/victims")));

        if (await SaferStreetsRoundAsync(year, cancellationToken) is { } streets)
        {
            figures.Add(new(SaferStreets + "total", $"{streets.Round} allocation across all of its years", streets.Allocated, FigureFormat.Money, ReportSection.Finance, "Safer Streets allocations", "/funding/victims"));
            figures.AddRange(streets.Allocations.Select(a => new Figure($"{SaferStreets}{a.FundingYear}", $"{streets.Round} allocation for {a.FundingYear}", a.Amount, FigureFormat.Money, ReportSection.Finance, "Safer Streets allocations", "/funding/victims")));
        }

        return figures;
    }

    /// Each plan priority's and cross-cutting theme's awards by district, drawn as a bar chart in its section.
    public async Task<IReadOnlyList<FigureChart>> ChartsAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        var report = await fund.ReportAsync(year, cancellationToken);
        var projects = (await fund.ProjectsAsync(cancellationToken)).Where(p => p.FinancialYear == year).ToList();
        return [.. ByDistrict(year, report, projects).Select(x => new FigureChart(x.Section, x.Title, [.. x.Bars.Select(b => new FigureBar(b.District, b.Figure.Key))]))];
    }

    /// For each priority and theme the year's awards name, the amount awarded in each district (every district, so a
    /// district with nothing shows as nothing). The section keys are the report's ("priority-…", "theme-…").
    private static IEnumerable<(string Section, string Title, IReadOnlyList<(string District, Figure Figure)> Bars)> ByDistrict(
        string year, FundingReport report, List<FundedProject> projects)
    {
        foreach (var (kind, totals, codes) in new[] { ("priority", report.ByPriority, (Func<FundedProject, IReadOnlyList<string>>)(p => p.Priorities)), ("theme", report.ByTheme, p => p.Themes) })
        {
            foreach (var total in totals)
            {
                var bars = Districts.All.Select(district => (district, new Figure(
                    $"{Fund}{kind}.{total.Key}.district.{district.Replace(' ', '-').ToLowerInvariant()}.amount",
                    $"Awarded in {year} to projects in {district} addressing \"{total.Label}\"",
                    projects.Where(p => p.District == district && codes(p).Contains(total.Key)).Sum(p => p.Amount),
                    FigureFormat.Money,
                    $"{kind}-{total.Key}",
                    FundSource,
                    "/funding/reports?year=" + year))).ToList();
                yield return ($"{kind}-{total.Key}", $"Mayor's Safer Communities Fund awards in {ReportWords.Period(year)} addressing {total.Label}, by district", bars);
            }
        }
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        if (key.Contains(".ceiling.", StringComparison.Ordinal))
        {
            var strands = (await RoundsAsync(year, cancellationToken)).SelectMany(r => r.Strands.Select(s => (r.Number, s.Name, s.Ceiling)));
            return FigureTable.Of(["Round", "Strand", "Ceiling"], strands, s => [s.Number, s.Name, s.Ceiling]);
        }

        if (key is SinceStartProjects or SinceStartAmount || key.StartsWith(Fund + "since-start.", StringComparison.Ordinal))
        {
            var byYear = (await fund.ReportAsync(null, cancellationToken)).ByYear;
            return FigureTable.Of(["Year", "Projects", "Awarded"], byYear, y => [y.Key, y.Projects, y.Amount]);
        }

        if (key.StartsWith(Fund, StringComparison.Ordinal))
        {
            var projects = (await fund.ProjectsAsync(cancellationToken)).Where(p => p.FinancialYear == year).OrderBy(p => p.Round).ThenBy(p => p.District);
            return FigureTable.Of(["Round", "District", "Awarded", "People expected", "Themes", "Focus"], projects,
                p => [p.Round, p.District, p.Amount, p.PeopleExpected, string.Join(", ", p.Themes), string.Join(", ", p.Focuses)]);
        }

        if (key.StartsWith(SaferStreets, StringComparison.Ordinal))
        {
            var streets = await SaferStreetsRoundAsync(year, cancellationToken);
            return streets is null ? null : FigureTable.Of(["Funding year", "From", "To", "Amount"], streets.Allocations, a => [a.FundingYear, a.Starts.ToString("d MMMM yyyy", English), a.Ends.ToString("d MMMM yyyy", English), a.Amount]);
        }

        if (!key.StartsWith(Victims, StringComparison.Ordinal))
        {
            return null;
        }

        var services = await victims.YearAsync(year, VictimServicesStatistics.MinistryOfJusticeGrant, cancellationToken);
        return key.StartsWith(Victims + "line.", StringComparison.Ordinal) || key is Grant
            ? FigureTable.Of(["Grant line", "Amount"], services.ByLine.OrderBy(l => l.Key), l => [Words(l.Key), l.Value])
            : FigureTable.Of(["Organisations", "Voluntary sector", "Kinds of service", "Victims", "Female", "Male", "Children", "Adults"],
                [services], s => [s.Organisations, s.VcseOrganisations, s.ServiceTypes, s.Victims, s.Female, s.Male, s.Children, s.Adults]);
    }

    /// The Safer Streets round with money in the year; a round's allocations span more than one financial year.
    private async Task<SaferStreetsYear?> SaferStreetsRoundAsync(string year, CancellationToken cancellationToken) =>
        await db.SaferStreetsAllocations.AsNoTracking().Where(a => a.FundingYear == year).Select(a => a.Round).FirstOrDefaultAsync(cancellationToken) is { } round
            ? await victims.SaferStreetsAsync(round, cancellationToken)
            : null;

    private Task<List<Rounds.FundingRound>> RoundsAsync(string year, CancellationToken cancellationToken) =>
        db.FundingRounds.AsNoTracking().Include(r => r.Strands).Where(r => r.FinancialYear == year).OrderBy(r => r.Number).ToListAsync(cancellationToken);

    private static string Slug(GrantLine line) => line switch
    {
        GrantLine.DomesticAbuse => "domestic-abuse",
        GrantLine.SexualViolence => "sexual-violence",
        GrantLine.AllCrime => "all-crime",
        _ => "other",
    };

    private static string Words(GrantLine line) => line switch
    {
        GrantLine.DomesticAbuse => "domestic abuse",
        GrantLine.SexualViolence => "sexual violence",
        GrantLine.AllCrime => "all crime",
        _ => "other services",
    };
}
