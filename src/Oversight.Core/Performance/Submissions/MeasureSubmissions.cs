using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Uploads;
using Oversight.Domain;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Submissions;

/// Values in: a file is checked and kept as a preview, then committed or discarded; a single value can be typed in.
/// The same rules and the same versioning apply to both.
public sealed class MeasureSubmissions(
    OversightDbContext db,
    PoliceAndCrimePlan plan,
    PoliceDataConfiguration police,
    MeasureAccess access,
    ObservationWriter writer,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// "force" for the whole force area, then its districts.
    public IReadOnlyList<string> Areas => [Observation.ForceArea, .. police.Districts.Select(d => d.Id)];

    public async Task<UploadOutcome> UploadAsync(MeasureUser user, string measureId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var measure = Submittable(user, measureId);
        var file = UploadedFile.From(fileName, content);
        var name = file.Name;
        var table = UploadTable.Read(file);
        var (rows, rowErrors) = Validator(measure).ValidateAll(table.Rows);
        var errors = table.Errors.Concat(rowErrors).OrderBy(e => e.Line).Select(e => e.Describe(name)).ToList();
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var upload = new DataUpload
        {
            MeasureId = measure.Id,
            FileName = name,
            ReadAs = table.ReadAs,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            OrganisationId = user.OrganisationId,
            UploadedBy = user.Name,
            UploadedAt = clock.GetUtcNow(),
            Status = UploadStatus.Previewed,
            Rows = rows.Count,
            Payload = JsonSerializer.Serialize(rows, Json),
        };
        db.DataUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return new(upload.Id, []);
    }

    /// A return of several measures' values for the whole force area in one file, a row per measure and period (a
    /// body's Victims' Code compliance return). The caller decides who may send it and which measures it holds. Every
    /// row is checked under the same rules as a one-measure upload; a file with any problem writes nothing, and a good
    /// one is written at once, all or nothing, versioned as every value is. <paramref name="returnId"/> names the
    /// return on the upload's record.
    public async Task<UploadOutcome> UploadReturnAsync(
        MeasureUser user, string returnId, IReadOnlyList<Measure> measures, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(content);
        var file = UploadedFile.From(fileName, content);
        var table = UploadTable.Read(file, UploadColumns.ByMeasure);
        var byId = measures.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var today = UkTime.Today(clock);
        var rows = new List<ReturnRow>();
        var errors = new List<RowError>(table.Errors);
        var seen = new Dictionary<(string, DateOnly), int>();
        foreach (var raw in table.Rows)
        {
            if (raw.Measure is null || !byId.TryGetValue(raw.Measure, out var measure))
            {
                errors.Add(new(raw.Line, UploadColumns.Measure, raw.Measure is null
                    ? "Enter the measure's id from the template"
                    : $"Enter a measure of this return: {string.Join(", ", measures.Select(m => m.Id))}"));
                continue;
            }

            var (row, rowErrors) = new RowValidator(measure, [Observation.ForceArea], today).Validate(raw with { Area = raw.Area ?? Observation.ForceArea });
            errors.AddRange(rowErrors);
            if (row is null)
            {
                continue;
            }

            if (!seen.TryAdd((measure.Id, row.PeriodStart), row.Line))
            {
                errors.Add(new(row.Line, UploadColumns.Period,
                    string.Create(CultureInfo.InvariantCulture, $"Enter each measure and period once: {measure.Id} {row.Period} is also on line {seen[(measure.Id, row.PeriodStart)]}")));
                continue;
            }

            rows.Add(new(measure.Id, row));
        }

        if (errors.Count > 0)
        {
            return new(null, errors.OrderBy(e => e.Line).Select(e => e.Describe(file.Name)).ToList());
        }

        return await SerializedAsync(async () =>
        {
            var upload = new DataUpload
            {
                MeasureId = returnId,
                FileName = file.Name,
                ReadAs = table.ReadAs,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                OrganisationId = user.OrganisationId,
                UploadedBy = user.Name,
                UploadedAt = clock.GetUtcNow(),
                Status = UploadStatus.Committed,
                Rows = rows.Count,
                Payload = JsonSerializer.Serialize(rows, Json),
            };
            db.DataUploads.Add(upload);
            foreach (var group in rows.GroupBy(r => r.MeasureId))
            {
                var changes = await writer.CompareAsync(group.Key, [.. group.Select(r => r.Row)], cancellationToken);
                await writer.ApplyAsync(group.Key, changes, ObservationSource.PartnerUpload, upload.Id, user.Name, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new UploadOutcome(upload.Id, []);
        }, cancellationToken);
    }

    private sealed record ReturnRow(string MeasureId, SubmittedRow Row);

    /// The upload with its rows, or null when there is none the user may handle.
    public async Task<UploadPreview?> FindAsync(MeasureUser user, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.DataUploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (upload is null || !MayHandle(user, upload))
        {
            return null;
        }

        var rows = RowsOf(upload);
        var changes = upload.Status == UploadStatus.Previewed ? await writer.CompareAsync(upload.MeasureId, rows, cancellationToken) : null;
        return new(upload, rows, changes);
    }

    /// Writes the upload's new and changed values and marks it committed, all or nothing. Returns false when
    /// there is no upload the user may handle or it is no longer awaiting a decision.
    public Task<bool> CommitAsync(MeasureUser user, Guid id, CancellationToken cancellationToken) =>
        SerializedAsync(async () =>
        {
            var upload = await PendingAsync(user, id, cancellationToken);
            if (upload is null)
            {
                return false;
            }

            var changes = await writer.CompareAsync(upload.MeasureId, RowsOf(upload), cancellationToken);
            await writer.ApplyAsync(upload.MeasureId, changes, ObservationSource.PartnerUpload, upload.Id, user.Name, cancellationToken);
            upload.Status = UploadStatus.Committed;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public async Task<bool> DiscardAsync(MeasureUser user, Guid id, CancellationToken cancellationToken)
    {
        var upload = await PendingAsync(user, id, cancellationToken);
        if (upload is null)
        {
            return false;
        }

        upload.Status = UploadStatus.Discarded;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// Records one typed-in value under the same rules as a file; returns the problems, empty on success.
    public async Task<IReadOnlyList<RowError>> EnterAsync(MeasureUser user, string measureId, RawRow value, CancellationToken cancellationToken)
    {
        var measure = Submittable(user, measureId);
        var (row, errors) = Validator(measure).Validate(value);
        if (row is null)
        {
            return errors;
        }

        return await SerializedAsync<IReadOnlyList<RowError>>(async () =>
        {
            var changes = await writer.CompareAsync(measure.Id, [row], cancellationToken);
            await writer.ApplyAsync(measure.Id, changes, ObservationSource.ManualEntry, null, user.Name, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }, cancellationToken);
    }

    // Serializable, so two writes for the same period and area cannot both see the old value as current. When
    // PostgreSQL refuses one of them (or the one-current index does), it runs again on top of the other's value
    // rather than failing and losing what the person entered.
    private async Task<T> SerializedAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            try
            {
                var result = await work();
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (attempt < 10 && IsWriteConflict(e))
            {
                // The transaction is rolled back as it is disposed; what this attempt tracked is dropped with it.
                // Each round lets one writer through; a short random wait keeps the others from meeting again.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 25) * attempt, cancellationToken);
            }
        }
    }

    // EF wraps the database's refusal once or twice (a transient-failure error around a save error).
    private static bool IsWriteConflict(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is Npgsql.PostgresException { SqlState: "40001" or "40P01" or "23505" })
            {
                return true;
            }
        }

        return false;
    }

    /// The latest uploads for a measure that the user may see: all of them for office staff, else their organisation's.
    public Task<List<DataUpload>> RecentUploadsAsync(MeasureUser user, string measureId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var uploads = db.DataUploads.AsNoTracking().Where(u => u.MeasureId == measureId);
        if (!user.IsOfficeStaff)
        {
            uploads = uploads.Where(u => u.OrganisationId == user.OrganisationId);
        }

        return uploads.OrderByDescending(u => u.UploadedAt).Take(10).ToListAsync(cancellationToken);
    }

    private async Task<DataUpload?> PendingAsync(MeasureUser user, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.DataUploads.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return upload is not null && upload.Status == UploadStatus.Previewed && MayHandle(user, upload) ? upload : null;
    }

    private bool MayHandle(MeasureUser user, DataUpload upload) =>
        access.MaySubmit(user, upload.MeasureId) && (user.IsOfficeStaff || upload.OrganisationId == user.OrganisationId);

    private Measure Submittable(MeasureUser user, string measureId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return access.MaySubmit(user, measureId)
            ? plan.FindMeasure(measureId)!
            : throw new InvalidOperationException($"{user.Name} may not submit values for measure \"{measureId}\"");
    }

    private RowValidator Validator(Measure measure) => new(measure, Areas, UkTime.Today(clock));

    private static List<SubmittedRow> RowsOf(DataUpload upload) =>
        JsonSerializer.Deserialize<List<SubmittedRow>>(upload.Payload, Json) ?? [];
}
