using Oversight.Core.Accounts;

namespace Oversight.Core.Performance.Reports;

public enum ReportAction
{
    Create,
    Write,
    Submit,
    SendBack,
    Approve,
    Publish,
    Correct,
}

/// Who may do what to a reviewed report, and from which status: its authors (analysts, unless the report names
/// another role) write and submit, leadership send back and approve, leadership or administrators publish.
public static class ReportRules
{
    public static bool Allows(string role, ReportAction action, string author = Roles.Analyst) => action switch
    {
        ReportAction.Create or ReportAction.Write or ReportAction.Submit => role == author,
        ReportAction.SendBack or ReportAction.Approve => role == Roles.Leadership,
        ReportAction.Publish => role is Roles.Leadership or Roles.Administrator,
        _ => role == author || role == Roles.Leadership,
    };

    /// The status a report must have for the action; null for creating a new report.
    public static ReportStatus? From(ReportAction action) => action switch
    {
        ReportAction.Write or ReportAction.Submit => ReportStatus.Draft,
        ReportAction.SendBack or ReportAction.Approve => ReportStatus.Submitted,
        ReportAction.Publish => ReportStatus.Approved,
        ReportAction.Correct => ReportStatus.Published,
        _ => null,
    };

    public static bool CanDo(string role, ReportStatus status, ReportAction action, string author = Roles.Analyst) =>
        Allows(role, action, author) && From(action) == status;

    /// The error for an action the report's status does not allow, in the words a person would use.
    public static string WrongStatus(ReportAction action, ReportStatus status) => action switch
    {
        ReportAction.Write => $"The report is {Word(status)} and can no longer be changed",
        ReportAction.Submit => $"Only a draft can be submitted; this report is {Word(status)}",
        ReportAction.SendBack => $"Only a submitted report can be sent back; this report is {Word(status)}",
        ReportAction.Approve => $"Only a submitted report can be approved; this report is {Word(status)}",
        ReportAction.Publish => $"Only an approved report can be published; this report is {Word(status)}",
        _ => $"Only a published report can be corrected; this report is {Word(status)}",
    };

    public static string Word(ReportStatus status) => status.ToString().ToLowerInvariant();
}
