using Oversight.Web.Audit;

namespace Oversight.Web.Tests.Audit;

public sealed class ChangeTextTests
{
    [Fact]
    public void Lines_NameEachChangedFieldInWords_WithItsValueBeforeAndAfter()
    {
        const string changes = """
            {"Id":{"before":null,"after":"01a2"},"Status":{"before":"Submitted","after":"Approved"},"AwardedAmount":{"before":null,"after":20000},
             "ApplicationId":{"before":null,"after":"x"},"HasConflict":{"before":true,"after":false},"VariationReason":{"before":"Old","after":null}}
            """;

        Assert.Equal(["Status: Submitted → Approved", "Awarded amount: 20,000", "Has conflict: yes → no", "Variation reason: Old removed"], ChangeText.Lines(changes));
    }

    [Fact]
    public void Lines_CutALongValue_AndReadNothingFromAView()
    {
        var lines = ChangeText.Lines("{\"Notes\":{\"before\":null,\"after\":\"" + new string('a', 500) + "\"}}");

        Assert.Equal(7 + 160 + 1, Assert.Single(lines).Length);
        Assert.Empty(ChangeText.Lines("{}"));
        Assert.Empty(ChangeText.Lines(""));
    }
}
