namespace Oversight.Core.Engagement;

/// How a survey tool's columns and labels map to a consultation's questions and respondent fields.
public sealed class ImportMapping
{
    public const string Ignore = "ignore";
    public const string QuestionPrefix = "question:";

    /// Target by column heading (as exported, trimmed): "question:&lt;key&gt;", a respondent field key, or "ignore".
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// Per question key: a raw label (normalised) to the option key it stands for, e.g. "v safe" → "very-safe".
    public Dictionary<string, Dictionary<string, string>> Labels { get; set; } = new(StringComparer.Ordinal);

    public static string Question(string key) => QuestionPrefix + key;
}
