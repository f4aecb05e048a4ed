using Oversight.Domain.Reporting;

namespace Oversight.Core.Documents;

/// Every capability's figures for a year, by key.
public sealed class ReportFigures(IEnumerable<IFigureSource> sources)
{
    public async Task<IReadOnlyDictionary<string, Figure>> ForYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var figure in await source.FiguresAsync(firstYear, cancellationToken))
            {
                if (!figures.TryAdd(figure.Key, figure))
                {
                    throw new InvalidOperationException($"Two figure sources give the figure \"{figure.Key}\"");
                }
            }
        }

        return figures;
    }

    public async Task<IReadOnlyList<FigureChart>> ChartsAsync(int firstYear, CancellationToken cancellationToken)
    {
        var charts = new List<FigureChart>();
        foreach (var source in sources)
        {
            charts.AddRange(await source.ChartsAsync(firstYear, cancellationToken));
        }

        return charts;
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            if (await source.RecordsAsync(firstYear, key, cancellationToken) is { } records)
            {
                return records;
            }
        }

        return null;
    }
}
