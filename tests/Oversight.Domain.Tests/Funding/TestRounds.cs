using Oversight.Domain.Funding;

namespace Oversight.Domain.Tests.Funding;

internal static class TestRounds
{
    public static readonly string[] ClearHoldBuild = ["Bradford BD3", "Kirklees Ashbrow", "Leeds Harehills", "Calderdale Park Ward"];

    public static RoundConfiguration Round7() => new(
        7,
        "Round 7",
        "2024-25",
        1_000_000m,
        new DateOnly(2024, 9, 2),
        new DateOnly(2024, 10, 14),
        [
            new("standard", "standard grant", 20_000m, false, []),
            new("collaborative", "collaborative grant", 80_000m, true, []),
            new("clear-hold-build", "Clear, Hold, Build grant", 20_000m, false, ClearHoldBuild),
        ],
        ["keeping-people-safe"],
        ["men-and-boys"],
        [new("need", "Evidence of need", 30, 5), new("delivery", "Delivery plan", 50, 5), new("value", "Value for money", 20, 5)],
        new HashSet<OrganisationType> { OrganisationType.Voluntary, OrganisationType.Community, OrganisationType.Faith, OrganisationType.SocialEnterprise, OrganisationType.Statutory });
}
