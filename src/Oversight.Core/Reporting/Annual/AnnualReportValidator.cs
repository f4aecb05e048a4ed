using System.Globalization;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Annual;

/// Checks authored text before it is saved: known sections, a length limit, and only figures that exist.
public static class AnnualReportValidator
{
    public static IReadOnlyList<FieldError> Check(IReadOnlyList<ReportSection> sections, IReadOnlyDictionary<string, string?> texts, IReadOnlySet<string> figures)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<FieldError>();
        foreach (var (key, text) in texts)
        {
            var section = sections.FirstOrDefault(s => s.Key == key);
            var field = Field(key);
            if (section is null)
            {
                errors.Add(new FieldError(field, $"There is no section \"{key}\""));
            }
            else if ((text?.Length ?? 0) > AnnualReport.TextLength)
            {
                errors.Add(new FieldError(field, $"{section.Title} must be {AnnualReport.TextLength:N0} characters or fewer"));
            }
            else if (Narrative.UnknownKeys(text, figures) is [var first, ..])
            {
                errors.Add(new FieldError(field, $"{section.Title} cites [[{first}]], which is not a figure; use a key from the list of figures"));
            }
        }

        return errors;
    }

    /// <summary>
    /// What must be true before a year's report goes for approval, each problem saying what to do: the year has
    /// ended; each of its four quarterly reports to the Panel is published, since the report speaks for the whole
    /// year; every section has narrative, so the public never reads "No narrative has been written"; and every
    /// figure the text cites still exists (the figures themselves are computed when it is published).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckReady(
        ReportingPeriod year, DateOnly today, IReadOnlySet<string> publishedQuarters, IReadOnlyList<ReportSection> sections,
        IReadOnlyDictionary<string, string?> texts, IReadOnlySet<string> figures)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(publishedQuarters);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<FieldError>();
        if (today <= year.End)
        {
            errors.Add(new FieldError("", $"{year.Text} has not ended yet: its annual report can be submitted from {year.End.AddDays(1).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"));
        }

        var unpublished = Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(year.Start.Year, q).Text).Where(q => !publishedQuarters.Contains(q)).ToList();
        if (unpublished.Count > 0)
        {
            errors.Add(new FieldError("", $"Publish the quarterly {(unpublished.Count == 1 ? "report" : "reports")} for {Join(unpublished)} first: the annual report covers every quarter of the year"));
        }

        errors.AddRange(sections.Where(s => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(s.Key)))
            .Select(s => new FieldError(Field(s.Key), $"Write the section {s.Title}: every section of a published report needs its narrative")));
        errors.AddRange(Check(sections, texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal), figures));
        return errors;
    }

    public static string Field(string sectionKey) => "section-" + sectionKey;

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
