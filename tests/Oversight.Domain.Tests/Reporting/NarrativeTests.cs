using Oversight.Domain.Reporting;

namespace Oversight.Domain.Tests.Reporting;

public class NarrativeTests
{
    [Fact]
    public void Parse_TextWithFigures_SplitsParagraphsAndReferences()
    {
        var paragraphs = Narrative.Parse("We reviewed [[casework.reviews]] complaints.\r\n\r\n  \nIn all, [[ funding.amount ]] went to [[funding.projects]] projects");

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(
            [new("We reviewed ", false), new("casework.reviews", true), new(" complaints.", false)],
            paragraphs[0]);
        Assert.Equal(
            [new("In all, ", false), new("funding.amount", true), new(" went to ", false), new("funding.projects", true), new(" projects", false)],
            paragraphs[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" \n\n ")]
    public void Parse_NoText_HasNoParagraphs(string? text) => Assert.Empty(Narrative.Parse(text));

    [Fact]
    public void Parse_BracketsThatAreNotAKey_StayText()
    {
        var paragraph = Assert.Single(Narrative.Parse("A [[Not A Key]] and [single] brackets"));

        Assert.Equal([new("A [[Not A Key]] and [single] brackets", false)], paragraph);
    }

    [Fact]
    public void Parse_KeyWithUnderscoresAndDots_IsOneFigure()
    {
        var paragraph = Assert.Single(Narrative.Parse("[[engagement.plan-2024.feel_safe.yes]]"));

        Assert.Equal([new("engagement.plan-2024.feel_safe.yes", true)], paragraph);
    }

    [Fact]
    public void UnknownKeys_NamesEachUnknownKeyOnceInOrder()
    {
        var known = new HashSet<string> { "casework.reviews" };

        var unknown = Narrative.UnknownKeys("[[b.two]] [[casework.reviews]] [[a.one]] [[b.two]]", known);

        Assert.Equal(["b.two", "a.one"], unknown);
    }
}
