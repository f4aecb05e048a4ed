using Oversight.Core.Documents;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Casework.Asb;

/// The annual report's ASB case review figures: case reviews the partnerships received and appeals to the office,
/// with the records behind them by partnership (counts, never the cases).
public sealed class AsbFigures(AsbAppeals appeals) : IFigureSource
{
    private const string CaseReviews = "casework.asb-case-reviews";
    private const string Appeals = "casework.asb-appeals";
    private const string Source = "The Community Safety Partnerships' ASB case review returns and the office's appeal records";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await appeals.YearAsync(firstYear, cancellationToken);
        return
        [
            new(CaseReviews, $"ASB case reviews applied for in West Yorkshire in {year.Label}", year.Partnerships.Sum(p => p.CaseReviews), FigureFormat.Count, ReportSection.Casework, Source, "/casework/asb/statistics"),
            new(Appeals, $"Appeals to the office about ASB case reviews in {year.Label}", year.Partnerships.Sum(p => p.Appeals), FigureFormat.Count, ReportSection.Casework, Source, "/casework/asb/statistics"),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key is not (CaseReviews or Appeals))
        {
            return null;
        }

        var year = await appeals.YearAsync(firstYear, cancellationToken);
        return key == CaseReviews
            ? FigureTable.Of(["Partnership", "Applied for", "Threshold met", "Held"], year.Partnerships, p => [p.Partnership, p.CaseReviews, p.ThresholdMet, p.CaseReviewsHeld])
            : FigureTable.Of(["Partnership", "Appeals", "Not accepted", "Original stands", "Recommendations"], year.Partnerships, p => [p.Partnership, p.Appeals, p.AppealsNotAccepted, p.OriginalStands, p.WithRecommendations]);
    }
}
