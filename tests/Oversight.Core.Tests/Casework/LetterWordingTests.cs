using Oversight.Core.Casework.Letters;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Casework;

/// The default wording read for every outcome a letter is written for: each says the sentence its outcome needs,
/// and none is left with a placeholder or an empty paragraph.
public sealed class LetterWordingTests
{
    public static TheoryData<string> Outcomes => new(LetterCases.All.Select(c => c.Outcome));

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void DefaultLetter_ForEachOutcome_SaysItsKeySentenceAndFillsEveryPlaceholder(string outcome)
    {
        var (_, _, key) = LetterCases.All.Single(c => c.Outcome == outcome);

        var letter = LetterCases.Letter(outcome);

        Assert.Contains(key, letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear ", letter.Body, StringComparison.Ordinal);
        Assert.Contains(letter.Reference!, letter.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UpheldWithRecommendations")]
    [InlineData("UpheldWithoutRecommendations")]
    public void UpheldReview_IsNeitherToldTheDecisionIsFinalNorThatNothingWasRecommended(string outcome)
    {
        var body = LetterCases.Letter(outcome).Body;

        Assert.Contains("your review is upheld", body, StringComparison.Ordinal);
        Assert.DoesNotContain("This decision is final", body, StringComparison.Ordinal);
        Assert.DoesNotContain("We have made no recommendations", body, StringComparison.Ordinal);
        Assert.DoesNotContain("not for the letter", body, StringComparison.Ordinal);
    }

    [Fact]
    public void UpheldWithRecommendations_ListsEachRecommendationAndTheForcesDutyToRespond()
    {
        var body = LetterCases.Letter("UpheldWithRecommendations").Body;

        Assert.Contains("\n- explain to you in writing how the burglary was investigated\n- remind the officers involved", body, StringComparison.Ordinal);
        Assert.Contains("West Yorkshire Police must tell us in writing, within 28 days", body, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAccepted_WhenBothInvalidAndLate_GivesEveryReason()
    {
        var review = LetterCases.Review("OutOfTime");
        review.EligibleComplainant = false;

        var (_, body) = LetterWriter.Write(LetterCases.Template(LetterKind.NotAccepted), review, LetterCases.Dated);

        Assert.Contains("was not made by the complainant", body, StringComparison.Ordinal);
        Assert.Contains("after the last day to apply", body, StringComparison.Ordinal);
    }

    [Fact]
    public void AsbDecision_WithoutAPanel_LeavesNoEmptyParagraph()
    {
        var appeal = LetterCases.Appeal("AsbOriginalStands");
        appeal.PanelOn = null;

        var (_, body) = LetterWriter.Write(LetterCases.Template(LetterKind.AsbDecision), appeal, LetterCases.Dated);

        Assert.DoesNotContain("panel", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKindOfLetter_HasADefaultTemplate()
    {
        Assert.Equal(Enum.GetValues<LetterKind>().Order(), DefaultLetters.All.Select(t => t.Kind).Order());
    }
}
