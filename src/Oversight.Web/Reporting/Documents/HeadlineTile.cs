using System.Text.RegularExpressions;
using Oversight.Core.Reporting.Annual;

namespace Oversight.Web.Reporting.Documents;

/// One tile of "the year in numbers": a headline paragraph's leading figure in large type ("over £1.5 million", or
/// "537 adults and 882 children" where the paragraph pairs two counts), and the paragraph beneath it. A paragraph that
/// opens with its figure continues from it ("… taken from criminals was shared …") rather than repeating it.
public sealed partial record HeadlineTile(IReadOnlyList<AnnualPart> Big, IReadOnlyList<AnnualPart> Body)
{
    public static HeadlineTile From(IReadOnlyList<AnnualPart> paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var first = -1;
        for (var i = 0; i < paragraph.Count && first < 0; i++)
        {
            first = paragraph[i].Figure is not null ? i : -1;
        }

        if (first < 0)
        {
            return new([], paragraph);
        }

        // "[[a]] adults and [[b]] children": both counts and their nouns make the headline.
        if (first + 3 < paragraph.Count
            && !paragraph[first + 1].IsFigure && Joined().Match(paragraph[first + 1].Text) is { Success: true } joined
            && paragraph[first + 2].Figure is not null
            && !paragraph[first + 3].IsFigure && Noun().Match(paragraph[first + 3].Text) is { Success: true } noun)
        {
            return new([paragraph[first], Words($" {joined.Groups[1].Value} and "), paragraph[first + 2], Words(" " + noun.Groups[1].Value)], paragraph);
        }

        var opens = paragraph.Take(first).All(p => string.IsNullOrWhiteSpace(p.Text));
        return opens
            ? new([paragraph[first]], [.. paragraph.Skip(first + 1).Select((p, i) => i == 0 && !p.IsFigure ? Words(p.Text.TrimStart()) : p)])
            : new([paragraph[first]], paragraph);
    }

    private static AnnualPart Words(string text) => new(text, null, false);

    [GeneratedRegex(@"^\s+(\p{L}+) and\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Joined();

    [GeneratedRegex(@"^\s+(\p{L}+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Noun();
}
