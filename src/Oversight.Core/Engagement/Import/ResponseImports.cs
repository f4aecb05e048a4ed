using System.Data;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Uploads;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Import;

/// <see cref="ReadAs"/> is the encoding a CSV that was not UTF-8 was read in, for the person to confirm.
public sealed record ImportPreview(ResponseImport Import, Consultation Consultation, IReadOnlyList<string> Headings, ImportMapping Mapping, ReadResult Result, string? ReadAs);

public sealed record ImportOutcome(int Imported, bool AlreadyImported, IReadOnlyList<string> Errors);

/// Survey exports in: upload, map columns and labels (the mapping is saved on the consultation), preview,
/// then import all or nothing. The same file is never imported twice into one consultation.
public sealed class ResponseImports(OversightDbContext db, TimeProvider clock)
{
    public async Task<(Guid? Id, IReadOnlyList<string> Errors)> UploadAsync(Guid consultationId, string fileName, byte[] content, ConsultationChannel channel, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = FileNames.Display(fileName);
        var sheet = SurveySheet.Read(name, content);
        if (sheet.Errors.Count > 0)
        {
            return (null, [.. sheet.Errors.Select(e => e.Describe(name))]);
        }

        var import = new ResponseImport
        {
            ConsultationId = consultationId,
            FileName = name,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Channel = channel,
            Status = ResponseImportStatus.Pending,
            UploadedBy = user,
            UploadedAt = clock.GetUtcNow(),
            Content = content,
        };
        db.ResponseImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return (import.Id, []);
    }

    public Task<ResponseImport?> FindAsync(Guid importId, CancellationToken cancellationToken) =>
        db.ResponseImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);

    /// The pending import read through <paramref name="mapping"/>, or through the consultation's saved mapping
    /// completed with suggestions for new columns when none is given.
    public async Task<ImportPreview?> PreviewAsync(Guid importId, ImportMapping? mapping, CancellationToken cancellationToken)
    {
        var import = await db.ResponseImports.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == importId && i.Status == ResponseImportStatus.Pending, cancellationToken);
        if (import?.Content is null)
        {
            return null;
        }

        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == import.ConsultationId, cancellationToken);
        var sheet = SurveySheet.Read(import.FileName, import.Content);
        mapping ??= MappingSuggestions.Complete(consultation, sheet.Headings);
        return new(import, consultation, sheet.Headings, mapping, ResponseReader.Read(consultation, mapping, sheet, import.Channel, import.Id), sheet.ReadAs);
    }

    /// Imports the file's respondents in one transaction and saves the mapping for next time; nothing is
    /// written if any cell is wrong.
    public async Task<ImportOutcome?> ImportAsync(Guid importId, ImportMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var import = await db.ResponseImports.SingleOrDefaultAsync(i => i.Id == importId && i.Status == ResponseImportStatus.Pending, cancellationToken);
        if (import?.Content is null)
        {
            return null;
        }

        var consultation = await db.Consultations.SingleAsync(c => c.Id == import.ConsultationId, cancellationToken);
        var done = await db.ResponseImports.AnyAsync(
            i => i.ConsultationId == import.ConsultationId && i.Sha256 == import.Sha256 && i.Status == ResponseImportStatus.Imported, cancellationToken);
        if (done)
        {
            import.Status = ResponseImportStatus.Discarded;
            import.Content = null;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(0, true, []);
        }

        var result = ResponseReader.Read(consultation, mapping, SurveySheet.Read(import.FileName, import.Content), import.Channel, import.Id);
        if (result.Errors.Count > 0)
        {
            return new(0, false, [.. result.Errors.Select(e => e.Describe(import.FileName))]);
        }

        db.Respondents.AddRange(result.Respondents);
        consultation.Mapping = Merge(consultation.Mapping, mapping);
        import.Status = ResponseImportStatus.Imported;
        import.Respondents = result.Respondents.Count;
        import.Content = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(result.Respondents.Count, false, []);
    }

    public async Task<bool> DiscardAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.ResponseImports.SingleOrDefaultAsync(i => i.Id == importId && i.Status == ResponseImportStatus.Pending, cancellationToken);
        if (import is null)
        {
            return false;
        }

        import.Status = ResponseImportStatus.Discarded;
        import.Content = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// Upload, map and import in one go, for the command line and tests.
    public async Task<ImportOutcome> ImportFileAsync(Guid consultationId, string fileName, byte[] content, ConsultationChannel channel, ImportMapping? mapping, string user, CancellationToken cancellationToken)
    {
        var (id, errors) = await UploadAsync(consultationId, fileName, content, channel, user, cancellationToken);
        if (id is null)
        {
            return new(0, false, errors);
        }

        var preview = await PreviewAsync(id.Value, mapping, cancellationToken);
        return await ImportAsync(id.Value, preview!.Mapping, cancellationToken) ?? new(0, false, ["The import is no longer pending"]);
    }

    private static ImportMapping Merge(ImportMapping saved, ImportMapping used)
    {
        var merged = new ImportMapping
        {
            Columns = new(saved.Columns, StringComparer.OrdinalIgnoreCase),
            Labels = saved.Labels.ToDictionary(l => l.Key, l => new Dictionary<string, string>(l.Value, StringComparer.Ordinal), StringComparer.Ordinal),
        };
        foreach (var (heading, target) in used.Columns)
        {
            merged.Columns[heading] = target;
        }

        foreach (var (question, labels) in used.Labels)
        {
            var into = merged.Labels.TryGetValue(question, out var existing) ? existing : merged.Labels[question] = new(StringComparer.Ordinal);
            foreach (var (raw, option) in labels)
            {
                into[raw] = option;
            }
        }

        return merged;
    }
}
