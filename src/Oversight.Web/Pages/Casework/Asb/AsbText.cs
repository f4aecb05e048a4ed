using Oversight.Core.Casework.Asb;
using Oversight.Domain.Casework;
using Oversight.Web.Components;

namespace Oversight.Web.Pages.Casework.Asb;

/// The words the ASB case review pages show for each state.
public static class AsbText
{
    public static IReadOnlyList<Choice> Decisions { get; } =
    [
        new(nameof(AsbAppealDecision.OriginalStands), "The original case review stands", null),
        new(nameof(AsbAppealDecision.Recommendations), "Recommendations to the partnership", "The partnership must consider them and respond by the date you set"),
    ];

    public static string Status(AsbAppealStatus status) => status switch
    {
        AsbAppealStatus.Open => "Open",
        AsbAppealStatus.NotAccepted => "Not accepted",
        _ => "Decided",
    };

    public static string Decision(AsbAppealDecision? decision) => decision switch
    {
        AsbAppealDecision.OriginalStands => "The original case review stands",
        AsbAppealDecision.Recommendations => "Recommendations to the partnership",
        _ => "Not decided",
    };

    public static string Timeliness(Timeliness timeliness) => timeliness switch
    {
        Domain.Casework.Timeliness.InTime => "In time",
        Domain.Casework.Timeliness.ExtendedAndInTime => "In time with an extension",
        _ => "Out of time",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        _ => "Not recorded",
    };
}
