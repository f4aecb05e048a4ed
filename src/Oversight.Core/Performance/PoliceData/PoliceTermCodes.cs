using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

/// The numbers of the terms known so far, and the new ones a file brings; used by the reading thread only.
public sealed class PoliceTermCodes
{
    private readonly Dictionary<string, int> codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<PoliceDataTerm> added = [];
    private readonly (string? Text, int Code)[] recent = new (string?, int)[16];
    private int next;

    private PoliceTermCodes(Dictionary<string, int> codes)
    {
        this.codes = codes;
        lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        next = codes.Count == 0 ? 1 : codes.Values.Max() + 1;
    }

    public static async Task<PoliceTermCodes> LoadAsync(OversightDbContext db, CancellationToken cancellationToken) =>
        new(await db.PoliceDataTerms.AsNoTracking().ToDictionaryAsync(t => t.Text, t => t.Id, StringComparer.Ordinal, cancellationToken));

    /// The term's number, or null for a blank field. A column often repeats the word of the row before (a force's
    /// name always does), so each column remembers its last word and skips the hash lookup when it comes again.
    public int? Code(ReadOnlySpan<char> text, int column)
    {
        if (text.Length == 0)
        {
            return null;
        }

        ref var last = ref recent[column];
        if (last.Text is not null && text.SequenceEqual(last.Text))
        {
            return last.Code;
        }

        if (!lookup.TryGetValue(text, out var term, out var code))
        {
            code = next++;
            term = text.ToString();
            codes.Add(term, code);
            added.Add(new PoliceDataTerm { Id = code, Text = term });
        }

        last = (term, code);
        return code;
    }

    /// Writes the new terms the way rows are written: like rows, they are not audited one by one (the file is).
    public async Task SaveAddedAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        await using var sink = RecordSink.Create<PoliceDataTerm>(db);
        foreach (var term in added)
        {
            await sink.WriteAsync(term, cancellationToken);
        }

        await sink.CompleteAsync(cancellationToken);
    }
}
