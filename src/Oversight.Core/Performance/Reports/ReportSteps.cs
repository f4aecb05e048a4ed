using Oversight.Domain;
namespace Oversight.Core.Performance.Reports;

/// The steps every reviewed report takes, so both reports move and refuse in exactly the same way.
public static class ReportSteps
{
    /// Why the user may not take the action on the report now, or null when they may.
    public static ReportOutcome? Refusal(string role, ReviewedReport? report, ReportAction action, string author = Accounts.Roles.Analyst)
    {
        if (!ReportRules.Allows(role, action, author))
        {
            return ReportOutcome.Forbidden;
        }

        if (report is null)
        {
            return ReportOutcome.NotFound;
        }

        return report.Status == ReportRules.From(action)
            ? null
            : ReportOutcome.Invalid(new FieldError("", ReportRules.WrongStatus(action, report.Status)));
    }

    /// Moves the report on by a submit, send back, approve or publish, recording who did it and when.
    public static void Take(ReviewedReport report, ReportAction action, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(report);
        switch (action)
        {
            case ReportAction.Submit:
                (report.Status, report.SubmittedBy, report.SubmittedAt) = (ReportStatus.Submitted, by, at);
                break;
            case ReportAction.SendBack:
                (report.Status, report.SubmittedBy, report.SubmittedAt) = (ReportStatus.Draft, null, null);
                break;
            case ReportAction.Approve:
                (report.Status, report.ApprovedBy, report.ApprovedAt) = (ReportStatus.Approved, by, at);
                break;
            case ReportAction.Publish:
                (report.Status, report.PublishedBy, report.PublishedAt) = (ReportStatus.Published, by, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Only submit, send back, approve and publish move a report");
        }
    }
}
