using Oversight.Domain.Plan;
using Oversight.Domain.Reporting;

namespace Oversight.Domain.Tests.Reporting;

public class ReportSectionTests
{
    [Fact]
    public void For_APlan_FollowsItsPrioritiesAndThemesBetweenTheFixedSections()
    {
        var plan = new PoliceAndCrimePlan(
            "p", "Plan", "Police and Crime Commissioner for Anyshire", "Anyshire", new PlanPeriod(new DateOnly(2024, 4, 1), new DateOnly(2028, 3, 31)),
            "Vision", new Spotlight("Serious violence", ""), [], [],
            [new Priority("safer-places", 1, "Safer places", "", []), new Priority("fairer", 2, "Fairer", "", [])],
            [new CrossCuttingTheme("women-and-girls", "Women and girls", "")], []);

        var sections = ReportSection.For(plan);

        Assert.Equal(
            ["headlines", "foreword", "spotlight", "priority-safer-places", "priority-fairer", "theme-women-and-girls", "partnership", "casework", "finance", "spr", "performance"],
            sections.Select(s => s.Key));
        Assert.Equal("Foreword by the Police and Crime Commissioner for Anyshire", sections[1].Title);
        Assert.Equal("Spotlight: Serious violence", sections[2].Title);
        Assert.Equal("Priority 2: Fairer", sections[4].Title);
    }
}
