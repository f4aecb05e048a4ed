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

        Assert.Equal(["Status: Submitted → Approved", "Amount awarded: £20,000", "Has conflict: yes → no", "Variation reason: Old removed"], ChangeText.Lines("FundingApplication", changes));
    }

    [Fact]
    public void Lines_OfABid_WordFieldsAsTheOfficeDoes_AndWriteMoneyDatesMomentsAndChoicesAsPeopleDo()
    {
        const string changes = """
            {"Status":{"before":"Submitted","after":"ApprovedReduced"},"AwardedAmount":{"before":null,"after":18500.5},"Amount":20000,
             "DecidedOn":{"before":null,"after":"2025-06-03"},"SubmittedAt":{"before":null,"after":"2025-07-01T13:05:00+00:00"},
             "PriorityCodes":{"before":[],"after":["p1","p2"]},"DecisionReasons":{"before":null,"after":"Strong bid"}}
            """;

        Assert.Equal(
            [
                "Status: Submitted → Approved reduced", "Amount awarded: £18,500.50", "Amount asked for: £20,000", "Decided on: 3 June 2025",
                "Submitted: 1 July 2025 14:05", "Plan priorities: p1, p2", "Reasons for the decision: Strong bid",
            ],
            ChangeText.Lines("FundingApplication", changes));
    }

    [Fact]
    public void Lines_OfEachRecordWithAHistory_NameTheSameFieldAsThatRecordMeansIt()
    {
        const string amount = """{"Amount":{"before":1000,"after":1250.75}}""";

        Assert.Equal(["Grant: £1,000 → £1,250.75"], ChangeText.Lines("Grant", amount));
        Assert.Equal(["Tranche amount: £1,000 → £1,250.75"], ChangeText.Lines("PaymentTranche", amount));
        Assert.Equal(["Amount: £1,000 → £1,250.75"], ChangeText.Lines("DecisionNotice", amount));
        Assert.Equal(["Status: Draft → Signed off", "Kind of decision: Reduced award"], ChangeText.Lines("DecisionNotice", """{"Status":{"before":"Draft","after":"SignedOff"},"Type":"ReducedAward"}"""));
        Assert.Equal(["Submitted for approval by: Ann Analyst"], ChangeText.Lines("QuarterlyReport", """{"SubmittedBy":{"before":null,"after":"Ann Analyst"}}"""));
        Assert.Equal(["Kind of publication: Custody visiting report"], ChangeText.Lines("Publication", """{"Kind":"CustodyVisitingReport"}"""));
    }

    [Fact]
    public void Lines_CutALongValue_AndReadNothingFromAView()
    {
        var lines = ChangeText.Lines("FundingApplication", "{\"Notes\":{\"before\":null,\"after\":\"" + new string('a', 500) + "\"}}");

        Assert.Equal(7 + 160 + 1, Assert.Single(lines).Length);
        Assert.Empty(ChangeText.Lines("FundingApplication", "{}"));
        Assert.Empty(ChangeText.Lines("FundingApplication", ""));
    }
}
