namespace Oversight.Core.Funding;

/// The publisher's 360Giving settings. The prefix is issued by 360Giving, so it is configuration, not code.
public sealed class FundingOptions
{
    public const string Section = "Funding";

    public string ThreeSixtyGivingPrefix { get; set; } = "wymca";

    public string FunderId { get; set; } = "360G-wymca";

    public string FunderName { get; set; } = "Mayor of West Yorkshire (Policing and Crime)";

    public string FundName { get; set; } = "Mayor's Safer Communities Fund";
}
