using Oversight.Domain.Funding;

namespace Oversight.Domain.Tests.Funding;

public sealed class GrantIdentifiersTests
{
    [Fact]
    public void GrantId_ReplacesSpacesAndSlashesAndLineBreaks()
    {
        Assert.Equal("360G-wymca-SCF7_0001__x", GrantIdentifiers.GrantId("wymca", "SCF7/0001\n x"));
    }

    [Theory]
    [InlineData("1012345", null, "GB-CHC-1012345")]
    [InlineData(null, "01234567", "GB-COH-01234567")]
    [InlineData("", "sc123456", "GB-COH-SC123456")]
    [InlineData(null, null, "360G-wymca-Roma_Youth_Collective")]
    public void OrgId_PrefersCharityThenCompanyThenName(string? charity, string? company, string expected)
    {
        Assert.Equal(expected, GrantIdentifiers.OrgId("wymca", charity, company, "Roma Youth Collective"));
    }

    [Theory]
    [InlineData("123456", true)]
    [InlineData("1234567", true)]
    [InlineData("12345", false)]
    [InlineData("1234567-1", false)]
    public void CharityNumberError_AcceptsSixOrSevenDigits(string number, bool valid)
    {
        Assert.Equal(valid, GrantIdentifiers.CharityNumberError(number) is null);
    }

    [Theory]
    [InlineData("01234567", true)]
    [InlineData("SC123456", true)]
    [InlineData("1234567", false)]
    [InlineData("XX123456", false)]
    public void CompanyNumberError_NeedsEightCharacters(string number, bool valid)
    {
        Assert.Equal(valid, GrantIdentifiers.CompanyNumberError(number) is null);
    }

    [Theory]
    [InlineData("Contact jo.bloggs@example.org for details", true)]
    [InlineData("Ring 0113 496 0000", true)]
    [InlineData("Ring +44 7700 900123", true)]
    [InlineData("Supported 1,250 young people in 2024", false)]
    public void LooksPersonal_SpotsEmailsAndPhoneNumbers(string text, bool personal)
    {
        Assert.Equal(personal, PersonalDataCheck.LooksPersonal(text));
    }
}
