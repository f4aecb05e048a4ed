namespace Oversight.Domain.Engagement;

/// <summary>The kinds of question a consultation can ask.</summary>
public enum QuestionKind
{
    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>One option from a list.</summary>
    SingleChoice,

    /// <summary>Any number of options from a list.</summary>
    MultipleChoice,

    /// <summary>The 5-point scale from very safe to very unsafe.</summary>
    Likert,

    /// <summary>A number.</summary>
    Number,

    /// <summary>Free text, coded into themes by analysts.</summary>
    FreeText,
}

/// <summary>What each question kind allows.</summary>
public static class QuestionKinds
{
    /// <summary>Whether answers are options that can be counted and given percentages.</summary>
    public static bool IsClosed(this QuestionKind kind) =>
        kind is QuestionKind.YesNo or QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Likert;

    /// <summary>The fixed options of a kind that has them (yes/no and Likert); empty for the others.</summary>
    public static IReadOnlyList<AnswerOption> FixedOptions(this QuestionKind kind) => kind switch
    {
        QuestionKind.YesNo => [new("yes", "Yes"), new("no", "No")],
        QuestionKind.Likert => LikertScale.Options,
        _ => [],
    };

    /// <summary>A plain label for the kind.</summary>
    public static string Label(this QuestionKind kind) => kind switch
    {
        QuestionKind.YesNo => "Yes or no",
        QuestionKind.SingleChoice => "Single choice",
        QuestionKind.MultipleChoice => "Multiple choice",
        QuestionKind.Likert => "Likert (very safe to very unsafe)",
        QuestionKind.Number => "Number",
        _ => "Free text",
    };
}

/// <summary>One option of a closed question.</summary>
/// <param name="Key">Stable key, used in answers and figure references.</param>
/// <param name="Label">The words respondents saw.</param>
public sealed record AnswerOption(string Key, string Label);
