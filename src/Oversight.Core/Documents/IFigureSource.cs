using Oversight.Domain.Reporting;

namespace Oversight.Core.Documents;

/// The records behind a figure, as a table a person can check the figure against.
public sealed record FigureRecords(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// A capability's figures for the annual report. Each capability registers one; the report asks all of them, so a
/// new capability adds figures without the report changing.
public interface IFigureSource
{
    /// Every figure this capability gives for the financial year starting in April of <paramref name="firstYear"/>.
    Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken);

    /// The records behind one of this source's figures, or null when the key is not this source's.
    Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken);
}
