using Oversight.Core.Documents;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Casework.Statistics;

/// The annual report's casework figures. The records behind them are counts by category, never the cases: case files
/// are for the casework team alone.
public sealed class CaseworkFigures(CaseworkStatistics statistics) : IFigureSource
{
    private const string Enquiries = "casework.enquiries";
    private const string Reviews = "casework.reviews";
    private const string Surgeries = "casework.surgeries";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await statistics.YearAsync(firstYear, cancellationToken);
        const string Source = "Casework records: enquiries, complaint reviews and surgeries";
        return
        [
            new(Enquiries, $"Members of the public the Casework team dealt with in {year.Label}", year.Enquiries.Total, FigureFormat.Count, ReportSection.Casework, Source, "/casework/statistics"),
            new(Reviews, $"Reviews of complaint outcomes received in {year.Label}", year.Reviews.Received, FigureFormat.Count, ReportSection.Casework, Source, "/casework/statistics"),
            new(Surgeries, $"Public surgeries held by the Deputy Mayor in {year.Label}", year.Surgeries.Held, FigureFormat.Count, ReportSection.Casework, Source, "/casework/statistics"),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key is not (Enquiries or Reviews or Surgeries))
        {
            return null;
        }

        var year = await statistics.YearAsync(firstYear, cancellationToken);
        return key switch
        {
            Enquiries => FigureTable.Of(["Category", "Enquiries"], year.Enquiries.ByCategory.OrderByDescending(c => c.Value), c => [c.Key, c.Value]),
            Reviews => FigureTable.Of(["Type", "Completed", "Upheld"], year.Reviews.ByType, t => [t.Key.ToString(), t.Value.Completed, t.Value.Upheld]),
            _ => FigureTable.Of(["Surgeries held", "Appointments"], [year.Surgeries], s => [s.Held, s.Appointments]),
        };
    }
}
