using System.Globalization;
using Oversight.Core.Performance.Submissions;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Import;

/// A label a file uses that matches none of a question's options, for the analyst to map.
public sealed record UnmatchedLabel(string QuestionKey, string Heading, string Raw, int FirstLine, int Count);

/// The respondents a sheet holds under a mapping, or every problem that stops it being imported.
public sealed record ReadResult(IReadOnlyList<Respondent> Respondents, IReadOnlyList<RowError> Errors, IReadOnlyList<UnmatchedLabel> Unmatched);

/// Turns a survey export's lines into respondents through a column mapping. Every cell is checked; nothing is guessed.
public static class ResponseReader
{
    public const int MaxTextLength = 4000;

    public static ReadResult Read(Consultation consultation, ImportMapping mapping, SurveySheet sheet, ConsultationChannel channel, Guid importId)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(sheet);
        var errors = new List<RowError>(sheet.Errors);
        var columns = Columns(consultation, mapping, sheet, errors);
        if (errors.Count > 0)
        {
            return new([], errors, []);
        }

        var unmatched = new Dictionary<(string, string), UnmatchedLabel>();
        var respondents = new List<Respondent>();
        foreach (var line in sheet.Lines)
        {
            var respondent = new Respondent { ConsultationId = consultation.Id, Channel = channel, ImportId = importId, Line = line.Line };
            foreach (var column in columns)
            {
                var raw = column.Index < line.Cells.Count ? line.Cells[column.Index]?.Trim() : null;
                if (string.IsNullOrEmpty(raw))
                {
                    continue;
                }

                var problem = column.Question is null
                    ? SetField(respondent, column.Target, raw)
                    : SetAnswer(respondent, column.Question, mapping, raw, line.Line, column.Heading, unmatched);
                if (problem is not null)
                {
                    errors.Add(new(line.Line, column.Heading, problem));
                }
            }

            respondents.Add(respondent);
        }

        return new(errors.Count == 0 ? respondents : [], errors, [.. unmatched.Values]);
    }

    private sealed record Column(int Index, string Heading, string Target, ConsultationQuestion? Question);

    private static List<Column> Columns(Consultation consultation, ImportMapping mapping, SurveySheet sheet, List<RowError> errors)
    {
        var columns = new List<Column>();
        var headerLine = sheet.Header?.Line ?? 0;
        for (var i = 0; i < sheet.Headings.Count; i++)
        {
            var heading = sheet.Headings[i];
            var target = mapping.Columns.FirstOrDefault(c => string.Equals(c.Key, heading, StringComparison.OrdinalIgnoreCase)).Value ?? ImportMapping.Ignore;
            if (heading.Length == 0 || target == ImportMapping.Ignore)
            {
                continue;
            }

            if (RespondentFields.LooksPersonal(heading))
            {
                errors.Add(new(headerLine, heading, "This column looks like names or contact details, which Oversight does not keep: choose \"Ignore\" for it"));
                continue;
            }

            var question = target.StartsWith(ImportMapping.QuestionPrefix, StringComparison.Ordinal)
                ? consultation.Questions.FirstOrDefault(q => q.Key == target[ImportMapping.QuestionPrefix.Length..])
                : null;
            if (question is null && !RespondentFields.Values.ContainsKey(target))
            {
                errors.Add(new(headerLine, heading, $"Choose a question or respondent field for this column, or \"Ignore\""));
                continue;
            }

            if (columns.Any(c => c.Target == target))
            {
                errors.Add(new(headerLine, heading, $"Map only one column to {(question is null ? target : $"question \"{question.Key}\"")}"));
                continue;
            }

            columns.Add(new(i, heading, target, question));
        }

        if (!columns.Any(c => c.Question is not null) && errors.Count == 0)
        {
            errors.Add(new(0, "file", "Map at least one column to a question"));
        }

        return columns;
    }

    // Tools separate chosen options with ";" or "|", some with ","; but a label may itself hold a comma
    // ("Neighbourhood crime (burglary, robbery, car crime)"), so commas split only when every piece is an option.
    private static string[] Choices(string raw, IReadOnlyList<AnswerOption> options, IReadOnlyDictionary<string, string>? saved)
    {
        const StringSplitOptions Clean = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        if (Labels.Match(raw, options, saved) is not null)
        {
            return [raw];
        }

        var parts = raw.Split([';', '|'], Clean);
        var byComma = parts.SelectMany(p => Labels.Match(p, options, saved) is null ? p.Split(',', Clean) : [p]).ToArray();
        return byComma.All(p => Labels.Match(p, options, saved) is not null) ? byComma : parts;
    }

    private static string? SetField(Respondent respondent, string field, string raw)
    {
        if (field == RespondentFields.Victim)
        {
            var words = Labels.Normalise(raw);
            respondent.Victim = words is "yes" or "y" or "true" or "1" ? true : words is "no" or "n" or "false" or "0" ? false : null;
            return respondent.Victim is null ? $"\"{raw}\" is not yes or no" : null;
        }

        var value = RespondentFields.Match(field, raw);
        if (value is null)
        {
            return $"\"{raw}\" is not one of: {string.Join(", ", RespondentFields.Values[field])}";
        }

        switch (field)
        {
            case RespondentFields.District: respondent.District = value; break;
            case RespondentFields.AgeBand: respondent.AgeBand = value; break;
            case RespondentFields.Sex: respondent.Sex = value; break;
            default: respondent.Ethnicity = value; break;
        }

        return null;
    }

    private static string? SetAnswer(Respondent respondent, ConsultationQuestion question, ImportMapping mapping, string raw, int line, string heading, Dictionary<(string, string), UnmatchedLabel> unmatched)
    {
        switch (question.Kind)
        {
            case QuestionKind.Number:
                if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return $"\"{raw}\" is not a number";
                }

                respondent.Answers[question.Key] = number.ToString(CultureInfo.InvariantCulture);
                return null;
            case QuestionKind.FreeText:
                respondent.Answers[question.Key] = raw.Length > MaxTextLength ? raw[..MaxTextLength] : raw;
                return null;
        }

        mapping.Labels.TryGetValue(question.Key, out var saved);
        var parts = question.Kind == QuestionKind.MultipleChoice ? Choices(raw, question.Options, saved) : [raw];
        var keys = new List<string>();
        foreach (var part in parts)
        {
            var key = Labels.Match(part, question.Options, saved);
            if (key is null)
            {
                var normalised = Labels.Normalise(part);
                unmatched[(question.Key, normalised)] = unmatched.TryGetValue((question.Key, normalised), out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : new(question.Key, heading, part, line, 1);
                return $"\"{part}\" is not an answer to \"{question.Text}\": map it to one of {string.Join(", ", question.Options.Select(o => $"\"{o.Label}\""))}";
            }

            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        respondent.Answers[question.Key] = string.Join(Respondent.Separator, keys);
        return null;
    }
}
