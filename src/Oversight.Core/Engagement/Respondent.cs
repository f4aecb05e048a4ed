using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement;

/// One person's response. Only the minimised fields are kept: no name, no contact details.
public sealed class Respondent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsultationId { get; set; }

    public ConsultationChannel Channel { get; set; }

    public string? District { get; set; }

    public string? AgeBand { get; set; }

    public string? Sex { get; set; }

    public string? Ethnicity { get; set; }

    public bool? Victim { get; set; }

    /// The import it came from, with its line, so every figure can be traced to the file; null for hand entry.
    public Guid? ImportId { get; set; }

    public int? Line { get; set; }

    /// Answers by question key: an option key, option keys joined by <see cref="Separator"/>, a number, or text.
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    public const char Separator = ';';

    public string? Field(string key) => key switch
    {
        RespondentFields.District => District,
        RespondentFields.AgeBand => AgeBand,
        RespondentFields.Sex => Sex,
        RespondentFields.Ethnicity => Ethnicity,
        RespondentFields.Victim => Victim switch { true => "Yes", false => "No", null => null },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a respondent field"),
    };

    /// The option keys chosen for a closed question; empty when it was not answered.
    public IReadOnlyList<string> Chosen(string questionKey) =>
        Answers.TryGetValue(questionKey, out var value) ? value.Split(Separator, StringSplitOptions.RemoveEmptyEntries) : [];
}
