using Oversight.Domain;
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

    public static string Field(string sectionKey) => "section-" + sectionKey;
}
