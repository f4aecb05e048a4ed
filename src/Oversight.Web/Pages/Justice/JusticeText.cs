using Oversight.Domain.Justice;

namespace Oversight.Web.Pages.Justice;

public static class JusticeText
{
    public static string Disposal(Disposal disposal) => disposal switch
    {
        Domain.Justice.Disposal.CommunityResolution => "Community Resolution",
        Domain.Justice.Disposal.Outcome22 => "Outcome 22",
        _ => "Conditional Caution",
    };

    public static string Outcome(Core.Justice.ReferralOutcome outcome) => outcome switch
    {
        Core.Justice.ReferralOutcome.NonCompliant => "Non-compliant",
        _ => outcome.ToString(),
    };
}
