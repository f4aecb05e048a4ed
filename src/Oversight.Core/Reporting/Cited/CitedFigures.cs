using Oversight.Core.Documents;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Cited;

/// Cited statistics as figures of the annual report. They belong to no section and to every year: a report prints
/// one where its narrative cites it, and lists it in the annex with its citation.
public sealed class CitedFigures(CitedStatistics statistics) : IFigureSource
{
    public static string RecordsPath(Guid id) => $"/annual-reports/cited-statistics/{id}";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken) =>
        [.. (await statistics.AllAsync(cancellationToken)).Select(s =>
            new Figure(s.Key, s.Label, s.Value, s.Unit, "", s.Citation.Text, RecordsPath(s.Id), Citation: s.Citation))];

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(CitedStatistic.KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var statistic = await statistics.FindAsync(key, cancellationToken);
        return statistic is null
            ? null
            : FigureTable.Of(
                ["Period", "Publisher", "Title", "Link", "Retrieved", "Entered by"],
                [statistic],
                s => [s.Period, s.Publisher, s.Title, s.Link, s.RetrievedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), s.EnteredBy]);
    }
}
