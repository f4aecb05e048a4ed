namespace Oversight.Domain.Engagement;

/// <summary>The 5-point feeling-safe scale, in the order respondents saw it.</summary>
public static class LikertScale
{
    /// <summary>Key of "Very safe".</summary>
    public const string VerySafe = "very-safe";

    /// <summary>Key of "Quite safe".</summary>
    public const string QuiteSafe = "quite-safe";

    /// <summary>Key of "No feeling either way".</summary>
    public const string Neither = "neither";

    /// <summary>Key of "Quite unsafe".</summary>
    public const string QuiteUnsafe = "quite-unsafe";

    /// <summary>Key of "Very unsafe".</summary>
    public const string VeryUnsafe = "very-unsafe";

    /// <summary>The five points, very safe first.</summary>
    public static readonly IReadOnlyList<AnswerOption> Options =
    [
        new(VerySafe, "Very safe"),
        new(QuiteSafe, "Quite safe"),
        new(Neither, "No feeling either way"),
        new(QuiteUnsafe, "Quite unsafe"),
        new(VeryUnsafe, "Very unsafe"),
    ];

    /// <summary>Counts each point's answers and the share who felt very or quite safe (the "top two boxes").</summary>
    public static LikertSummary Summarise(IEnumerable<string> answers, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var counts = Options.ToDictionary(o => o.Key, _ => 0, StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!counts.TryGetValue(answer, out var count))
            {
                throw new ArgumentException($"\"{answer}\" is not a point of the scale.", nameof(answers));
            }

            counts[answer] = count + 1;
        }

        var total = counts.Values.Sum();
        var safe = counts[VerySafe] + counts[QuiteSafe];
        var notSafe = counts[QuiteUnsafe] + counts[VeryUnsafe];
        return new LikertSummary(
            Options.Select(o => counts[o.Key]).ToList(),
            total,
            Proportion.Of(safe, total, confidence),
            Proportion.Of(notSafe, total, confidence));
    }
}

/// <summary>A Likert question's answers in scale order, with the shares feeling safe and unsafe.</summary>
/// <param name="Counts">Answers per point, very safe first.</param>
/// <param name="Base">Number who answered.</param>
/// <param name="VeryOrQuiteSafe">Share who felt very or quite safe, with its Wilson interval.</param>
/// <param name="QuiteOrVeryUnsafe">Share who felt quite or very unsafe, with its Wilson interval.</param>
public sealed record LikertSummary(IReadOnlyList<int> Counts, int Base, Proportion VeryOrQuiteSafe, Proportion QuiteOrVeryUnsafe);
