using Oversight.Core.Documents;
using Oversight.Domain;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Justice;

/// The annual report's Immediate Justice figures, by cohort.
public sealed class JusticeFigures(JusticeStatistics statistics) : IFigureSource
{
    private const string Adults = "justice.immediate-justice.adults";
    private const string Children = "justice.immediate-justice.children";
    private const string AdultsFemale = "justice.immediate-justice.adults.female-share";
    private const string ChildrenFemale = "justice.immediate-justice.children.female-share";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await statistics.ForYearAsync(firstYear, cancellationToken);
        var label = FinancialYear.Label(firstYear);
        const string Source = "Immediate Justice referrals";
        return
        [
            new(Adults, $"Adults referred to Immediate Justice in {label}", year.Adults.Referred, FigureFormat.Count, ReportSection.Headlines, Source, "/justice"),
            new(Children, $"Children referred to Immediate Justice in {label}", year.Children.Referred, FigureFormat.Count, ReportSection.Headlines, Source, "/justice"),
            new(AdultsFemale, $"Share of adults referred to Immediate Justice in {label} who were female", Math.Round(year.Adults.FemaleShare * 100, 0), FigureFormat.Percentage, ReportSection.Headlines, Source, "/justice"),
            new(ChildrenFemale, $"Share of children referred to Immediate Justice in {label} who were female", Math.Round(year.Children.FemaleShare * 100, 0), FigureFormat.Percentage, ReportSection.Headlines, Source, "/justice"),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key is not (Adults or Children or AdultsFemale or ChildrenFemale))
        {
            return null;
        }

        var year = await statistics.ForYearAsync(firstYear, cancellationToken);
        return FigureTable.Of(["Cohort", "Referred", "Female", "Started", "Started within 48 hours", "Completed"],
            [year.Adults, year.Children], c => [c.Cohort.ToString(), c.Referred, c.Female, c.Started, c.StartedWithin48Hours, c.Completed]);
    }
}
