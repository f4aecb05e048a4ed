using Oversight.Domain.Justice;

namespace Oversight.Domain.Tests.Justice;

public class ImmediateJusticeTests
{
    [Theory]
    [InlineData(Disposal.CommunityResolution, 18, 7)]
    [InlineData(Disposal.Outcome22, 40, 7)]
    [InlineData(Disposal.ConditionalCaution, 25, 14)]
    public void HoursRequired_Adult_IsSevenOrFourteen(Disposal disposal, int age, int hours) =>
        Assert.Equal(hours, ImmediateJustice.HoursRequired(disposal, age));

    [Theory]
    [InlineData(12)]
    [InlineData(17)]
    public void HoursRequired_Child_HasNoFixedHours(int age) =>
        Assert.Null(ImmediateJustice.HoursRequired(Disposal.ConditionalCaution, age));

    [Fact]
    public void HoursRequired_UnderTwelve_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ImmediateJustice.HoursRequired(Disposal.CommunityResolution, 11));

    [Theory]
    [InlineData(48, true)]
    [InlineData(49, false)]
    [InlineData(-1, false)]
    public void StartedWithinAmbition_AtTheEdge_CountsExactly48Hours(int hours, bool expected)
    {
        var disposed = new DateTimeOffset(2024, 6, 3, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, ImmediateJustice.StartedWithinAmbition(disposed, disposed.AddHours(hours)));
    }
}
