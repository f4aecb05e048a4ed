using Oversight.Domain.Reporting;

namespace Oversight.Core.Documents;

/// The records behind a figure, as a table a person can check the figure against.
public sealed record FigureRecords(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// A chart a section of the report draws from figures, such as a theme's funding by district: each bar is a figure,
/// so its exact value is in the annex like any other.
public sealed record FigureChart(string Section, string Title, IReadOnlyList<FigureBar> Bars);

/// One bar of a <see cref="FigureChart"/>: its label and the figure giving its value.
public sealed record FigureBar(string Label, string FigureKey);

/// A capability's figures for the annual report. Each capability registers one; the report asks all of them, so a
/// new capability adds figures without the report changing.
public interface IFigureSource
{
    /// Every figure this capability gives for the financial year starting in April of <paramref name="firstYear"/>.
    Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken);

    /// The records behind one of this source's figures, or null when the key is not this source's.
    Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken);

    /// The charts this capability's figures make for the year; most sources have none.
    Task<IReadOnlyList<FigureChart>> ChartsAsync(int firstYear, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FigureChart>>([]);
}
