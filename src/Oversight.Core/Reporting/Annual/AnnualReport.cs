using Oversight.Core.Performance.Reports;

namespace Oversight.Core.Reporting.Annual;

/// One version of the Mayor's annual report on a financial year: authored narrative per section around figures
/// computed from the records. It goes through the same Draft → Submitted → Approved → Published steps as the
/// quarterly report; a published version never changes and a correction is a new version.
public sealed class AnnualReport : ReviewedReport
{
    public const int YearLength = 10;
    public const int TextLength = 20_000;

    /// The UK financial year as ReportingPeriod writes it ("2024-25").
    public required string Year { get; set; }

    public List<AnnualReportSection> Sections { get; set; } = [];
}

/// The authored text of one section, with figure references written as [[key]].
public sealed class AnnualReportSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReportId { get; set; }

    public required string SectionKey { get; set; }

    public string Text { get; set; } = "";
}
