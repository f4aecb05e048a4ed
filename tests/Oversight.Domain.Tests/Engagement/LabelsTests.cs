using Oversight.Domain.Engagement;

namespace Oversight.Domain.Tests.Engagement;

public class LabelsTests
{
    [Theory]
    [InlineData("Very safe", "very-safe")]
    [InlineData("  very  SAFE ", "very-safe")]
    [InlineData("Very safe.", "very-safe")]
    [InlineData("very-safe", "very-safe")]
    [InlineData("No feeling either way", "neither")]
    public void Match_SpacingCaseAndPunctuation_AreIgnored(string raw, string expected)
    {
        Assert.Equal(expected, Labels.Match(raw, LikertScale.Options, null));
    }

    [Fact]
    public void Match_AbbreviationOrNumber_NeedsASavedMapping()
    {
        var saved = new Dictionary<string, string> { ["v safe"] = LikertScale.VerySafe, ["5"] = LikertScale.VerySafe };

        Assert.Null(Labels.Match("V. safe", LikertScale.Options, null));
        Assert.Equal(LikertScale.VerySafe, Labels.Match("V. safe", LikertScale.Options, saved));
        Assert.Equal(LikertScale.VerySafe, Labels.Match("5", LikertScale.Options, saved));
    }

    [Theory]
    [InlineData("Full name", true)]
    [InlineData("Email address", true)]
    [InlineData("E-mail", true)]
    [InlineData("Your postcode", true)]
    [InlineData("Phone", true)]
    [InlineData("District", false)]
    [InlineData("How safe do you feel in your local area?", false)]
    [InlineData("Name of the event", true)]
    public void LooksPersonal_NameAndContactColumns_AreSpotted(string heading, bool personal)
    {
        Assert.Equal(personal, RespondentFields.LooksPersonal(heading));
    }

    [Theory]
    [InlineData("age-band", "34", "25-34")]
    [InlineData("age-band", "17", "12-17")]
    [InlineData("age-band", "75+", "75+")]
    [InlineData("district", "LEEDS", "Leeds")]
    [InlineData("sex", "female", "Female")]
    public void Match_RespondentField_GivesTheListedValue(string field, string raw, string expected)
    {
        Assert.Equal(expected, RespondentFields.Match(field, raw));
    }

    [Fact]
    public void Match_RespondentFieldOffTheList_IsNull()
    {
        Assert.Null(RespondentFields.Match(RespondentFields.District, "York"));
        Assert.Null(RespondentFields.Match(RespondentFields.AgeBand, "3"));
    }
}
