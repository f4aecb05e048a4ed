using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// Checks commentary before it is saved. Field names match the report page's inputs, so errors sit beside them.
public static class ReportValidator
{
    /// Each part of the covering report within its length, named as the covering report page names its fields.
    public static IReadOnlyList<FieldError> Check(CoveringEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        (string Field, string Label, string? Text)[] parts =
        [
            (nameof(edit.Purpose), "The purpose", edit.Purpose),
            (nameof(edit.Summary), "The summary of the quarter", edit.Summary),
            (nameof(edit.Exceptions), "The exceptions", edit.Exceptions),
            (nameof(edit.Recommendations), "The recommendations to the Panel", edit.Recommendations),
        ];
        return
        [
            .. parts.Where(p => (p.Text?.Trim().Length ?? 0) > QuarterlyReport.CoveringLength)
                .Select(p => new FieldError(p.Field, $"{p.Label} must be {QuarterlyReport.CoveringLength} characters or fewer")),
        ];
    }

    public static IReadOnlyList<FieldError> Check(PoliceAndCrimePlan plan, ReportEdits edits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(edits);
        var errors = new List<FieldError>();
        foreach (var (measureId, text) in edits.Measures)
        {
            if (plan.FindMeasure(measureId) is not { } measure)
            {
                errors.Add(new FieldError("", $"There is no measure \"{measureId}\" in the plan"));
            }
            else if ((text?.Trim().Length ?? 0) > MeasureCommentary.TextLength)
            {
                errors.Add(new FieldError(MeasureField(measureId), $"Commentary on {measure.Name} must be {MeasureCommentary.TextLength} characters or fewer"));
            }
        }

        foreach (var (measureId, text) in edits.Missing ?? new Dictionary<string, string?>())
        {
            if (plan.FindMeasure(measureId) is not { } measure)
            {
                errors.Add(new FieldError("", $"There is no measure \"{measureId}\" in the plan"));
            }
            else if ((text?.Trim().Length ?? 0) > MissingValueReason.ReasonLength)
            {
                errors.Add(new FieldError(MissingField(measureId), $"Why {measure.Name} has no value must be {MissingValueReason.ReasonLength} characters or fewer"));
            }
        }

        foreach (var (themeId, edit) in edits.Themes)
        {
            var theme = plan.PerformanceThemes.FirstOrDefault(t => t.Id == themeId);
            if (theme is null)
            {
                errors.Add(new FieldError("", $"There is no theme \"{themeId}\" in the plan"));
                continue;
            }

            if ((edit.Text?.Trim().Length ?? 0) > MeasureCommentary.TextLength)
            {
                errors.Add(new FieldError(ThemeField(themeId), $"Commentary on {theme.Title} must be {MeasureCommentary.TextLength} characters or fewer"));
            }

            var judgement = edit.OverrideJudgement?.Trim();
            if (string.IsNullOrEmpty(judgement))
            {
                continue;
            }

            if (!QuarterlyReports.Judgements.Contains(judgement, StringComparer.Ordinal))
            {
                errors.Add(new FieldError(OverrideField(themeId), "Select an overall judgement from the list"));
            }
            else if (string.IsNullOrWhiteSpace(edit.OverrideRationale))
            {
                errors.Add(new FieldError(RationaleField(themeId), "Enter why you are overriding the judgement"));
            }
            else if (edit.OverrideRationale.Trim().Length > MeasureCommentary.TextLength)
            {
                errors.Add(new FieldError(RationaleField(themeId), $"Why you are overriding the judgement must be {MeasureCommentary.TextLength} characters or fewer"));
            }
        }

        return errors;
    }

    public static string MeasureField(string measureId) => "measure-" + measureId;

    public static string ThemeField(string themeId) => "theme-" + themeId;

    public static string MissingField(string measureId) => "missing-" + measureId;

    public static string OverrideField(string themeId) => "override-" + themeId;

    public static string RationaleField(string themeId) => "rationale-" + themeId;
}
