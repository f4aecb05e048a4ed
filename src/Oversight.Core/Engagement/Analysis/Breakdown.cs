using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Analysis;

/// One group's row of a breakdown. Withheld cells have no share: fewer than <see cref="SmallCells.Threshold"/>
/// respondents, or a cell that would let a withheld one be worked out from the row's base.
public sealed record BreakdownRow(string Group, int Base, IReadOnlyList<Proportion?> Cells)
{
    public bool IsWithheld => Cells.All(c => c is null);
}

/// A closed question's answers by district, age band, sex or ethnic group, with small cells withheld.
public sealed record Breakdown(ConsultationQuestion Question, string Field, IReadOnlyList<BreakdownRow> Rows, int NotStated)
{
    public static Breakdown Of(ConsultationQuestion question, string field, IEnumerable<Respondent> respondents)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answered = respondents.Where(r => r.Chosen(question.Key).Count > 0).ToList();
        var rows = new List<BreakdownRow>();
        foreach (var group in RespondentFields.Values[field])
        {
            var members = answered.Where(r => r.Field(field) == group).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var counts = question.Options.Select(o => members.Count(r => r.Chosen(question.Key).Contains(o.Key))).ToList();
            var withheld = SmallCells.Withheld(counts);
            var cells = counts.Select((count, i) => withheld[i] ? null : Proportion.Of(count, members.Count)).ToList();
            // A base under the threshold is itself a small number: show it only as "fewer than 10".
            rows.Add(new BreakdownRow(group, SmallCells.IsBaseTooSmall(members.Count) ? 0 : members.Count, cells));
        }

        return new(question, field, rows, answered.Count(r => r.Field(field) is null));
    }
}
