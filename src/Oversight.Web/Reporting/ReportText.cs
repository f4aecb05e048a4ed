using System.Globalization;
using System.Text.RegularExpressions;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Plan;
using Oversight.Web.Performance;

namespace Oversight.Web.Reporting;

/// Links and words shared by the staff and public report pages.
public static partial class ReportText
{
    /// Counts below this are shown as "fewer than 5" on public pages, so nobody can be identified from them.
    public const int SuppressBelow = Core.Documents.SmallCounts.SuppressBelow;

    /// "2024-25 Q4" as it appears in a public address: "2024-25-q4".
    public static string Slug(string quarter) => quarter.Replace(' ', '-').ToLowerInvariant();

    /// The quarter a public address names, or null when it does not name one.
    public static string? QuarterOf(string? slug)
    {
        var match = SlugPattern().Match(slug ?? "");
        return match.Success ? string.Create(CultureInfo.InvariantCulture, $"{match.Groups["year"].Value} Q{match.Groups["quarter"].Value}") : null;
    }

    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Draft",
        ReportStatus.Submitted => "Submitted for approval",
        ReportStatus.Approved => "Approved",
        _ => "Published",
    };

    public static string StatusColour(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "govuk-tag--grey",
        ReportStatus.Submitted => "govuk-tag--blue",
        ReportStatus.Approved => "govuk-tag--turquoise",
        _ => "govuk-tag--green",
    };

    /// The latest value for staff, in full.
    public static string Latest(MeasureSnapshot measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.LatestValue is { } value ? JudgementText.Value(measure.Unit, value) : "No data yet";
    }

    /// The latest value for the public, with small counts suppressed.
    public static string PublicLatest(MeasureSnapshot measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure is { Unit: MeasureUnit.Count, LatestValue: < SuppressBelow } ? "fewer than 5" : Latest(measure);
    }

    [GeneratedRegex(@"^(?<year>\d{4}-\d{2})-q(?<quarter>[1-4])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlugPattern();
}
