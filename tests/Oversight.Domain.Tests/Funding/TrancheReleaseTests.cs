using Oversight.Domain.Funding;

namespace Oversight.Domain.Tests.Funding;

public sealed class TrancheReleaseTests
{
    [Fact]
    public void Blocker_MilestoneNotSignedOff_BlocksTheTranche()
    {
        Tranche[] schedule = [new(1, 10_000m, null, false, true), new(2, 8_000m, "Interim monitoring return", false, false)];

        var blocker = TrancheRelease.Blocker(schedule[1], schedule, agreementAccepted: true);

        Assert.Equal("Tranche 2 is blocked until the milestone \"Interim monitoring return\" is signed off", blocker);
        Assert.Null(TrancheRelease.Blocker(schedule[1] with { MilestoneSignedOff = true }, schedule, agreementAccepted: true));
    }

    [Fact]
    public void Blocker_AgreementNotAcceptedOrEarlierUnpaid_Blocks()
    {
        Tranche[] schedule = [new(1, 10_000m, null, false, false), new(2, 8_000m, null, false, false)];

        Assert.Equal("The grant agreement has not been accepted yet", TrancheRelease.Blocker(schedule[0], schedule, agreementAccepted: false));
        Assert.Equal("Pay the earlier tranches before tranche 2", TrancheRelease.Blocker(schedule[1], schedule, agreementAccepted: true));
        Assert.Null(TrancheRelease.Blocker(schedule[0], schedule, agreementAccepted: true));
    }

    [Fact]
    public void Split_KeepsEveryPenny()
    {
        var parts = TrancheRelease.Split(17_185.47m, [50, 40, 10]);

        Assert.Equal([8_592.73m, 6_874.18m, 1_718.56m], parts);
        Assert.Equal(17_185.47m, parts.Sum());
    }

    [Fact]
    public void Split_SharesNotAddingUpTo100_Throw()
    {
        Assert.Throws<ArgumentException>(() => TrancheRelease.Split(100m, [50, 40]));
    }
}
