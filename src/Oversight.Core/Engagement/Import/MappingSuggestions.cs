using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Import;

/// A first guess at a file's mapping: the consultation's saved mapping for headings seen before, otherwise a
/// question whose key or wording matches the heading, a respondent field with a familiar heading, or "ignore".
public static class MappingSuggestions
{
    private static readonly Dictionary<string, string> FieldHeadings = new(StringComparer.Ordinal)
    {
        ["district"] = RespondentFields.District,
        ["local authority"] = RespondentFields.District,
        ["area"] = RespondentFields.District,
        ["age"] = RespondentFields.AgeBand,
        ["age band"] = RespondentFields.AgeBand,
        ["age group"] = RespondentFields.AgeBand,
        ["sex"] = RespondentFields.Sex,
        ["gender"] = RespondentFields.Sex,
        ["ethnicity"] = RespondentFields.Ethnicity,
        ["ethnic group"] = RespondentFields.Ethnicity,
        ["victim"] = RespondentFields.Victim,
        ["victim of crime"] = RespondentFields.Victim,
    };

    public static ImportMapping Complete(Consultation consultation, IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(headings);
        var saved = consultation.Mapping;
        var mapping = new ImportMapping
        {
            Labels = saved.Labels.ToDictionary(l => l.Key, l => new Dictionary<string, string>(l.Value, StringComparer.Ordinal), StringComparer.Ordinal),
        };
        foreach (var heading in headings.Where(h => h.Length > 0))
        {
            var known = saved.Columns.FirstOrDefault(c => string.Equals(c.Key, heading, StringComparison.OrdinalIgnoreCase)).Value;
            mapping.Columns[heading] = RespondentFields.LooksPersonal(heading) ? ImportMapping.Ignore : known ?? Guess(consultation, heading);
        }

        return mapping;
    }

    private static string Guess(Consultation consultation, string heading)
    {
        var words = Labels.Normalise(heading);
        var question = consultation.Questions.FirstOrDefault(q => Labels.Normalise(q.Key) == words || Labels.Normalise(q.Text) == words);
        if (question is not null)
        {
            return ImportMapping.Question(question.Key);
        }

        return FieldHeadings.GetValueOrDefault(words, ImportMapping.Ignore);
    }
}
