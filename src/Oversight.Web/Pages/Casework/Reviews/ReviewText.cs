using Oversight.Core.Casework.Reviews;
using Oversight.Domain.Casework;

namespace Oversight.Web.Pages.Casework.Reviews;

/// The words the review pages use for the case's states.
public static class ReviewText
{
    public static string Timeliness(Timeliness timeliness) => timeliness switch
    {
        Domain.Casework.Timeliness.InTime => "In time",
        Domain.Casework.Timeliness.ExtendedAndInTime => "Late, extension granted",
        _ => "Out of time",
    };

    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Open => "Open",
        ReviewStatus.ForwardedToIopc => "Forwarded to the IOPC",
        ReviewStatus.NotAccepted => "Not accepted",
        _ => "Decided",
    };

    public static string Type(ReviewType? type) => type switch
    {
        ReviewType.OtherwiseThanByInvestigation => "Handled otherwise than by investigation (paragraph 6A)",
        ReviewType.Investigation => "Investigation (paragraph 25)",
        _ => "Not recorded",
    };

    public static string Decision(ReviewDecision? decision) => decision switch
    {
        ReviewDecision.Upheld => "Upheld",
        ReviewDecision.NotUpheld => "Not upheld",
        _ => "Not decided",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        _ => "Not checked",
    };

    public static string Body(ReviewBodyKind body) => body == ReviewBodyKind.Iopc ? "The IOPC" : "The Mayor's office";
}
