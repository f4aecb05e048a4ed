using Oversight.Domain.Funding;

namespace Oversight.Domain.Tests.Funding;

public sealed class EligibilityCheckTests
{
    private static readonly DateOnly Open = new(2024, 9, 20);

    [Fact]
    public void Check_EligibleStandardBid_HasNoErrors()
    {
        var errors = EligibilityCheck.Check(TestRounds.Round7(), new("standard", 20_000m, OrganisationType.Voluntary, null, 0), Open);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("standard", "20000.01", null, 0, "Amount", "Enter an amount of £20,000 or less for a standard grant")]
    [InlineData("collaborative", "80001", null, 2, "Amount", "Enter an amount of £80,000 or less for a collaborative grant")]
    [InlineData("standard", "0", null, 0, "Amount", "Enter an amount more than £0")]
    [InlineData("collaborative", "50000", null, 0, "Partners", "Enter at least one partner organisation for a collaborative grant")]
    [InlineData("clear-hold-build", "5000", "Leeds Chapeltown", 0, "Area", "Select an area where Clear, Hold, Build grant projects can take place: Bradford BD3, Kirklees Ashbrow, Leeds Harehills or Calderdale Park Ward")]
    [InlineData("nothing", "5000", null, 0, "Strand", "Select the kind of grant you are applying for")]
    public void Check_BidBreakingARule_NamesTheFieldAndTheFix(string strand, string amount, string? area, int partners, string field, string message)
    {
        var errors = EligibilityCheck.Check(TestRounds.Round7(), new(strand, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), OrganisationType.Voluntary, area, partners), Open);

        Assert.Equal(new FieldError(field, message), Assert.Single(errors));
    }

    [Fact]
    public void Check_ClearHoldBuildInAPilotArea_IsEligibleWhateverTheCase()
    {
        var errors = EligibilityCheck.Check(TestRounds.Round7(), new("clear-hold-build", 5_000m, OrganisationType.Faith, "leeds harehills", 0), Open);

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_AfterTheCloseDate_SaysTheRoundClosed()
    {
        var errors = EligibilityCheck.Check(TestRounds.Round7(), new("standard", 1_000m, OrganisationType.Voluntary, null, 0), new DateOnly(2024, 10, 15));

        Assert.Equal(new FieldError("Round", "Round 7 closed on 14 October 2024. You can no longer apply to it"), Assert.Single(errors));
    }

    [Fact]
    public void Check_OnTheCloseDate_IsStillOpen()
    {
        Assert.Empty(EligibilityCheck.Check(TestRounds.Round7(), new("standard", 1_000m, OrganisationType.Voluntary, null, 0), new DateOnly(2024, 10, 14)));
    }

    [Fact]
    public void Check_PrivateCompany_IsToldWhoCanApply()
    {
        var errors = EligibilityCheck.Check(TestRounds.Round7(), new("standard", 1_000m, OrganisationType.PrivateCompany, null, 0), Open);

        Assert.Equal(
            new FieldError("OrganisationType", "Private companies cannot apply to this round. Only voluntary organisations, community groups, faith groups, social enterprises or statutory bodies can apply"),
            Assert.Single(errors));
    }
}

