using System.Globalization;
using Oversight.Core.Documents;
using Oversight.Domain.Reporting;

namespace Oversight.Core.VictimsCode;

/// The annual report's Victims' Code compliance figure: the share of cases in which the bodies' returned measures met
/// the right, across the quarters returned in the year; the records behind it are each measure's numbers.
public sealed class VictimsCodeFigures(VictimsCodeCompliance compliance) : IFigureSource
{
    public const string Compliance = "accountability.victims-code.compliance";
    private const string Source = "The criminal justice bodies' and commissioned services' quarterly Victims' Code compliance returns";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await compliance.YearAsync(firstYear, cancellationToken);
        return year.Overall is { } overall
            ? [new(Compliance, $"Victims' Code compliance across the bodies' returns in {year.Year}", overall, FigureFormat.Percentage, ReportSection.Partnership, Source,
                string.Create(CultureInfo.InvariantCulture, $"/accountability/victims-code?year={firstYear}"))]
            : [];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key != Compliance)
        {
            return null;
        }

        var year = await compliance.YearAsync(firstYear, cancellationToken);
        var rows = year.Values.Where(v => !v.Measure.IsCount && v.Numerator is not null).ToList();
        return FigureTable.Of(["Quarter", "Body", "Right", "Measure", "Met", "Cases"], rows,
            v => [v.Quarter, CodeAgencies.Name(v.Measure.Agency), v.Measure.Right, v.Measure.Name, v.Numerator!.Value, v.Denominator!.Value]);
    }
}
