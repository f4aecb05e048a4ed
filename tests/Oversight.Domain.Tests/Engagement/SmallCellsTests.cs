using Oversight.Domain.Engagement;

namespace Oversight.Domain.Tests.Engagement;

public class SmallCellsTests
{
    [Fact]
    public void Withheld_NoSmallCell_WithholdsNothing()
    {
        Assert.Equal([false, false, false], SmallCells.Withheld([10, 25, 40]));
    }

    [Fact]
    public void Withheld_OneSmallCell_AlsoWithholdsTheNextSmallestSoTheBaseCannotGiveItBack()
    {
        // Base 79 shown: with only the 4 withheld, 79 − 30 − 45 would reveal it.
        var withheld = SmallCells.Withheld([30, 4, 45]);

        Assert.Equal([true, true, false], withheld);
    }

    [Fact]
    public void Withheld_TwoSmallCellsSummingUnderTheThreshold_WithholdsAThird()
    {
        // 3 + 2 = 5 withheld together would still publish "5 between them"; a third cell hides that too.
        var withheld = SmallCells.Withheld([3, 50, 2, 12]);

        Assert.Equal([true, false, true, true], withheld);
    }

    [Fact]
    public void Withheld_RowBaseUnderThreshold_WithholdsEveryCell()
    {
        Assert.All(SmallCells.Withheld([4, 3, 1]), Assert.True);
    }

    [Fact]
    public void Withheld_ZerosShown_AreNeverUsedAsTheComplement()
    {
        // Withholding the 0 beside the 3 would hide nothing: 93 − 90 still gives 3.
        var withheld = SmallCells.Withheld([90, 0, 3], threshold: 5, zerosAreSmall: false);

        Assert.Equal([true, false, true], withheld);
    }

    [Fact]
    public void Withheld_ZerosShownAndNoSmallCell_WithholdsNothing()
    {
        Assert.Equal([false, false], SmallCells.Withheld([100, 0], threshold: 5, zerosAreSmall: false));
    }

    [Fact]
    public void Withheld_AnyRow_NeverLeavesASmallCellRecoverable()
    {
        var random = new Random(9);
        for (var trial = 0; trial < 2000; trial++)
        {
            var counts = Enumerable.Range(0, random.Next(2, 6)).Select(_ => random.Next(0, 40)).ToList();
            var withheld = SmallCells.Withheld(counts);

            var hidden = Enumerable.Range(0, counts.Count).Where(i => withheld[i]).ToList();
            Assert.All(Enumerable.Range(0, counts.Count).Where(i => counts[i] < SmallCells.Threshold), i => Assert.True(withheld[i]));
            Assert.True(hidden.Count != 1, $"Row {string.Join(",", counts)} withholds a single recoverable cell");
            Assert.True(hidden.Count == 0 || hidden.Count == counts.Count || hidden.Sum(i => counts[i]) >= SmallCells.Threshold);
        }
    }
}
