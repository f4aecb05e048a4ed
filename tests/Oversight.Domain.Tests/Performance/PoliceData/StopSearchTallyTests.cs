using Oversight.Domain.Performance.PoliceData;

namespace Oversight.Domain.Tests.Performance.PoliceData;

public class StopSearchTallyTests
{
    private static readonly StopSearchMeasures Rules = new("c", "a", "p", "f", new Dictionary<string, string> { ["Black"] = "d" },
        ["Arrest", "Suspect arrested"], ["A no further action disposal", "Nothing found - no further action"], "White");

    [Fact]
    public void Add_MixedOutcomes_CountsArrestsPositivesAndFinds()
    {
        var tally = new StopSearchTally();

        tally.Add("Arrest", true, "Black", Rules);
        tally.Add("A no further action disposal", false, "White", Rules);
        tally.Add("Community resolution", null, null, Rules);
        tally.Add("", null, "White", Rules);

        Assert.Equal((4, 1, 2, 1), (tally.Searches, tally.Arrests, tally.PositiveOutcomes, tally.Finds));
    }

    [Fact]
    public void Disproportionality_TwiceTheRate_IsTwo()
    {
        var tally = new StopSearchTally();
        tally.AddCounted(20, "Black");
        tally.AddCounted(100, "White");

        var ratio = tally.Disproportionality("Black", "White", new Dictionary<string, int> { ["Black"] = 1000, ["White"] = 10000 });

        Assert.Equal(2.0, ratio!.Value, 12);
    }

    [Fact]
    public void Disproportionality_NoBaselineSearches_IsUndefined()
    {
        var tally = new StopSearchTally();
        tally.AddCounted(5, "Black");

        Assert.Null(tally.Disproportionality("Black", "White", new Dictionary<string, int> { ["Black"] = 1000, ["White"] = 10000 }));
    }

    [Theory]
    [InlineData("Black/African/Caribbean/Black British - African", null, "Black")]
    [InlineData("Asian or Asian British - Bangladeshi (A3)", null, "Asian")]
    [InlineData("Other ethnic group - Not stated", "White", "White")]
    [InlineData(null, "Other", "Other")]
    [InlineData("", "", null)]
    public void EthnicGroup_Wordings_CollapseToBroadGroups(string? self, string? officer, string? expected) =>
        Assert.Equal(expected, EthnicGroup.Of(self, officer));
}
