using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

/// The numbers of the terms known so far, and the new ones a file brings; used by the reading thread only.
public sealed class PoliceTermCodes
{
    private readonly Dictionary<string, int> codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<PoliceDataTerm> added = [];
    private int next;

    private PoliceTermCodes(Dictionary<string, int> codes)
    {
        this.codes = codes;
        lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        next = codes.Count == 0 ? 1 : codes.Values.Max() + 1;
    }

    public IReadOnlyList<PoliceDataTerm> Added => added;

    public static async Task<PoliceTermCodes> LoadAsync(OversightDbContext db, CancellationToken cancellationToken) =>
        new(await db.PoliceDataTerms.AsNoTracking().ToDictionaryAsync(t => t.Text, t => t.Id, StringComparer.Ordinal, cancellationToken));

    /// The term's number, or null for a blank field.
    public int? Code(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!lookup.TryGetValue(text, out var code))
        {
            code = next++;
            var term = text.ToString();
            codes.Add(term, code);
            added.Add(new PoliceDataTerm { Id = code, Text = term });
        }

        return code;
    }
}
