using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;

namespace Oversight.Core.Performance.Judgements;

/// Finds the import behind each observation: a police.uk file, an aggregate import or an upload.
public sealed class ProvenanceLookup(OversightDbContext db)
{
    /// One query per kind of source, however many observations there are.
    public async Task<IReadOnlyDictionary<Guid, Provenance>> ForAsync(IEnumerable<Observation> observations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var ids = observations.Where(o => o.ProvenanceId is not null).Select(o => o.ProvenanceId!.Value).Distinct().ToList();
        var found = new Dictionary<Guid, Provenance>();
        if (ids.Count == 0)
        {
            return found;
        }

        foreach (var f in await db.PoliceDataFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken))
        {
            found[f.Id] = new Provenance("police.uk file", f.FileName, f.Sha256, f.ImportedBy, f.ImportedAt);
        }

        foreach (var a in await db.AggregateImports.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            found[a.Id] = new Provenance("Aggregate import", a.FileName, a.Sha256, a.ImportedBy, a.ImportedAt);
        }

        foreach (var u in await db.DataUploads.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken))
        {
            found[u.Id] = new Provenance("Upload", u.FileName, u.Sha256, u.UploadedBy, u.UploadedAt);
        }

        return found;
    }
}
