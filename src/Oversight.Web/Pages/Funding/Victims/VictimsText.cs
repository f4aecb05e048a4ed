using Oversight.Core.Funding.Victims;
using Oversight.Web.Components;

namespace Oversight.Web.Pages.Funding.Victims;

public static class VictimsText
{
    public static string Sector(ProviderSector sector) => sector switch
    {
        ProviderSector.Vcse => "Voluntary, community or social enterprise",
        ProviderSector.LocalAuthority => "Local authority",
        _ => "NHS trust",
    };

    public static string Line(GrantLine line) => line switch
    {
        GrantLine.DomesticAbuse => "Domestic abuse",
        GrantLine.SexualViolence => "Sexual violence",
        GrantLine.AllCrime => "All crime",
        _ => "Other services",
    };

    public static IReadOnlyList<Choice> Sectors { get; } = [.. Enum.GetValues<ProviderSector>().Select(s => new Choice(s.ToString(), Sector(s), null))];

    public static IReadOnlyList<Choice> Lines { get; } = [.. Enum.GetValues<GrantLine>().Select(l => new Choice(l.ToString(), Line(l), null))];
}
