using Oversight.Domain.Accountability.Precept;

namespace Oversight.Domain.Tests.Accountability.Precept;

public class PreceptTableTests
{
    // A tax base and requirements whose unrounded Band D charges round to the seed's £236.28 and £249.28.
    private static readonly PreceptYear Year2024 = new("2024-25", 171_647_836.82m, 726_452.37m);
    private static readonly PreceptYear Year2025 = new("2025-26", 181_091_289.77m, 726_452.37m);

    [Fact]
    public void Compare_PublishedYears_ReproducesTheSeedTable()
    {
        var table = PreceptTable.Compare(Year2024, Year2025).ToDictionary(l => l.Band.Name);

        Assert.Equal((157.52m, 166.19m, 8.67m, 0.17m), Line(table["A"]));
        Assert.Equal((183.78m, 193.89m, 10.11m, 0.19m), Line(table["B"]));
        Assert.Equal((236.28m, 249.28m, 13.00m, 0.25m), Line(table["D"]));
        Assert.Equal((472.56m, 498.56m, 26.00m, 0.50m), Line(table["H"]));
    }

    [Fact]
    public void BandB_FromTheRoundedBandD_IsAPennyOut()
    {
        // The reason Band D is kept unrounded: 236.28 × 7/9 rounds to 183.77, not the published 183.78.
        Assert.Equal(183.77m, new CouncilTaxBand("B", 7).ChargeFrom(236.28m));
        Assert.Equal(183.78m, new CouncilTaxBand("B", 7).ChargeFrom(Year2024.BandD));
    }

    [Fact]
    public void Compare_EveryBand_FollowsTheStatutoryRatios()
    {
        var table = PreceptTable.Compare(Year2024, Year2025);

        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], table.Select(l => l.Band.Name));
        Assert.All(table, l => Assert.Equal(Math.Round(Year2025.BandD * l.Band.Ninths / 9m, 2, MidpointRounding.AwayFromZero), l.Current));
    }

    [Fact]
    public void Propose_FivePointFivePercent_GivesTheSeedsBandD()
    {
        var proposal = PreceptTable.Propose(Year2024, "2025-26", percent: 5.5m);

        Assert.Equal(249.28m, new CouncilTaxBand("D", 9).ChargeFrom(proposal.BandD));
        Assert.Equal(Year2024.TaxBase, proposal.TaxBase);
    }

    [Fact]
    public void Propose_ThirteenPoundsOnBandD_RaisesTheRequirementByThirteenTimesTheTaxBase()
    {
        var proposal = PreceptTable.Propose(Year2024, "2025-26", poundsOnBandD: 13m);

        Assert.Equal(Year2024.Requirement + (13m * Year2024.TaxBase), proposal.Requirement, 6);
    }

    [Fact]
    public void Propose_BothOrNeither_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => PreceptTable.Propose(Year2024, "x"));
        Assert.Throws<ArgumentException>(() => PreceptTable.Propose(Year2024, "x", 1m, 1m));
    }

    private static (decimal, decimal, decimal, decimal) Line(PreceptLine line) =>
        (line.Previous, line.Current, line.AnnualIncrease, line.WeeklyIncrease);
}
