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
}
