using Oversight.Domain.Custody;

namespace Oversight.Domain.Tests.Custody;

public class VisitPriorityTests
{
    [Fact]
    public void Order_PutsChildrenThenVulnerableThenWomenThenLongestHeld()
    {
        var detainees = new[]
        {
            new DetaineeInCustody("long", false, false, false, 30),
            new DetaineeInCustody("short", false, false, false, 2),
            new DetaineeInCustody("woman", false, false, true, 1),
            new DetaineeInCustody("vulnerable", false, true, false, 1),
            new DetaineeInCustody("child", true, false, false, 0.5),
        };

        var order = VisitPriority.Order(detainees).Select(d => d.CustodyNumber);

        Assert.Equal(["child", "vulnerable", "woman", "long", "short"], order);
    }

    [Theory]
    [InlineData(true, true, true, "Child")]
    [InlineData(false, true, true, "Vulnerable")]
    [InlineData(false, false, true, "Woman")]
    [InlineData(false, false, false, "Held longest")]
    public void Reason_NamesTheHighestPriority(bool child, bool vulnerable, bool woman, string expected) =>
        Assert.Equal(expected, VisitPriority.Reason(new DetaineeInCustody("x", child, vulnerable, woman, 1)));
}
