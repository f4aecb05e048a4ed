using Oversight.Domain.Performance;

namespace Oversight.Domain.Tests.Performance;

public class ImprovementDirectionTests
{
    [Fact]
    public void Parse_KnownName_ReturnsValue()
    {
        Assert.Equal(ImprovementDirection.Decrease, Enum.Parse<ImprovementDirection>("decrease", ignoreCase: true));
    }
}
