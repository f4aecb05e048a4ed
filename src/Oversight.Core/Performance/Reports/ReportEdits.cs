using Oversight.Domain;
namespace Oversight.Core.Performance.Reports;

/// Commentary as typed on the report page, by measure id and by theme id. Blank text removes the commentary.
/// Missing holds, by measure id, why a measure has no value for the quarter.
public sealed record ReportEdits(IReadOnlyDictionary<string, string?> Measures, IReadOnlyDictionary<string, ThemeEdit> Themes, IReadOnlyDictionary<string, string?>? Missing = null);

/// The covering report to the Panel as typed on its page. A blank part is saved as nothing.
public sealed record CoveringEdit(string? Purpose, string? Summary, string? Exceptions, string? Recommendations);

/// A theme's commentary and, optionally, the judgement the office gives instead of the suggestion and why.
public sealed record ThemeEdit(string? Text, string? OverrideJudgement, string? OverrideRationale);

public enum ReportOutcomeKind
{
    Done,
    Invalid,
    Forbidden,
    NotFound,
}

/// What came of asking for a change: done (with the report's id), errors to show, or refused.
public sealed record ReportOutcome(ReportOutcomeKind Kind, IReadOnlyList<FieldError> Errors, Guid? ReportId = null)
{
    public static ReportOutcome Done(Guid id) => new(ReportOutcomeKind.Done, [], id);

    public static ReportOutcome Invalid(params FieldError[] errors) => new(ReportOutcomeKind.Invalid, errors);

    public static readonly ReportOutcome Forbidden = new(ReportOutcomeKind.Forbidden, []);

    public static readonly ReportOutcome NotFound = new(ReportOutcomeKind.NotFound, []);
}
