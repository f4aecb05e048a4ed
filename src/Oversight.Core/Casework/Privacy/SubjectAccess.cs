using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;

namespace Oversight.Core.Casework.Privacy;

/// The people matching a request and how many records of each kind are held about them.
public sealed record SubjectMatch(IReadOnlyList<Guid> PersonIds, int Enquiries, int Reviews, int SurgeryBookings, int AsbAppeals = 0);

/// Subject access requests and erasure (UK GDPR articles 15 and 17): everything held about a person as one file,
/// and removal of it. Both are recorded in the audit trail by person id, never by name or email.
public sealed class SubjectAccess(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// Finds people by email address or name (either, case-insensitive, exact).
    public async Task<SubjectMatch> FindAsync(string? email, string? name, CancellationToken cancellationToken)
    {
        var byEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        var byName = string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToLowerInvariant();
        if (byEmail is null && byName is null)
        {
            return new SubjectMatch([], 0, 0, 0);
        }

        // N.B. EF turns ToLower() into SQL lower(), the same on both providers; the culture rules do not apply.
#pragma warning disable CA1304, CA1311, CA1862
        var ids = await db.CasePeople
            .Where(p => p.ErasedAt == null && ((byEmail != null && p.Email!.ToLower() == byEmail) || (byName != null && p.Name.ToLower() == byName)))
            .Select(p => p.Id).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        return new SubjectMatch(
            ids,
            await db.Enquiries.CountAsync(e => ids.Contains(e.PersonId), cancellationToken),
            await db.ComplaintReviews.CountAsync(r => ids.Contains(r.ApplicantId), cancellationToken),
            await db.SurgeryBookings.CountAsync(b => ids.Contains(b.PersonId), cancellationToken),
            await db.AsbAppeals.CountAsync(a => ids.Contains(a.ApplicantId), cancellationToken));
    }

    /// A zip of data.json (every record about the people) and the files attached to their enquiries.
    public async Task<byte[]> ExportAsync(IReadOnlyList<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.ToList();
        var people = await db.CasePeople.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var enquiries = await db.Enquiries.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToListAsync(cancellationToken);
        var enquiryIds = enquiries.Select(e => e.Id).ToList();
        var entries = await db.EnquiryEntries.AsNoTracking().Where(x => enquiryIds.Contains(x.EnquiryId)).OrderBy(x => x.At).ToListAsync(cancellationToken);
        var reviews = await db.ComplaintReviews.AsNoTracking().Include(r => r.Recommendations).Include(r => r.Letters)
            .Where(r => ids.Contains(r.ApplicantId)).AsSplitQuery().ToListAsync(cancellationToken);
        var bookings = await db.SurgeryBookings.AsNoTracking().Where(b => ids.Contains(b.PersonId))
            .Join(db.Surgeries, b => b.SurgeryId, s => s.Id, (b, s) => new { surgery = s.On, s.Place, s.Online, b.Slot, b.Topic, b.Notes })
            .ToListAsync(cancellationToken);
        var appeals = await db.AsbAppeals.AsNoTracking().Include(a => a.Recommendations).Include(a => a.Letters).Where(a => ids.Contains(a.ApplicantId)).AsSplitQuery().ToListAsync(cancellationToken);

        var data = new
        {
            generated_at = clock.GetUtcNow(),
            people = people.Select(p => new { p.Name, p.Email, p.Phone, p.Address }),
            enquiries = enquiries.Select(e => new
            {
                e.Reference,
                e.ReceivedOn,
                channel = e.Channel.ToString(),
                e.Category,
                e.District,
                e.Summary,
                e.ForceReference,
                e.DueOn,
                e.RespondedOn,
                status = e.Status.ToString(),
                e.ClosedOn,
                e.ClosureReason,
                correspondence = entries.Where(x => x.EnquiryId == e.Id).Select(x => new { x.At, kind = x.Kind.ToString(), x.Text, attachment = x.AttachmentName is null ? null : AttachmentPath(x) }),
            }),
            complaint_reviews = reviews.Select(r => new
            {
                r.Reference,
                r.ReceivedOn,
                channel = r.Channel.ToString(),
                r.RepresentativeName,
                r.ForceReference,
                r.ComplaintMadeOn,
                r.AppropriateAuthority,
                r.OutcomeGivenOn,
                r.ComplaintSummary,
                timeliness = r.Timeliness.ToString(),
                r.ExtendedTo,
                r.ExtensionReason,
                review_body = r.ReviewBody.Body.ToString(),
                r.ForwardedToIopcOn,
                decision = r.Decision?.ToString(),
                r.DecidedOn,
                r.Rationale,
                recommendations = r.Recommendations.Select(x => new { kind = x.Kind.ToString(), x.Text, x.Accepted, x.Response }),
                letters = r.Letters.Select(l => new { kind = l.Kind.ToString(), l.Dated, l.Subject, l.Body }),
            }),
            surgery_bookings = bookings,
            asb_case_review_appeals = appeals.Select(a => new
            {
                a.Reference,
                a.ReceivedOn,
                channel = a.Channel.ToString(),
                a.Partnership,
                a.OutcomeGivenOn,
                a.Reasons,
                timeliness = a.Timeliness.ToString(),
                a.ExtendedTo,
                a.ExtensionReason,
                decision = a.Decision?.ToString(),
                a.DecidedOn,
                a.Rationale,
                recommendations = a.Recommendations.Select(x => new { x.Text, x.DueOn, x.Accepted, x.Response }),
                letters = a.Letters.Select(l => new { kind = l.Kind.ToString(), l.Dated, l.Subject, l.Body }),
            }),
        };

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var stream = await zip.CreateEntry("data.json").OpenAsync(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(stream, data, Json, cancellationToken);
            }

            foreach (var entry in entries.Where(x => x.AttachmentContent is not null))
            {
                await using var stream = await zip.CreateEntry(AttachmentPath(entry)).OpenAsync(cancellationToken);
                await stream.WriteAsync(entry.AttachmentContent, cancellationToken);
            }
        }

        AuditTrail.RecordView(db, actor, clock, "SubjectAccessExport", string.Join(",", ids));
        await db.SaveChangesAsync(cancellationToken);
        return buffer.ToArray();
    }

    /// Anonymises every case about the people, at their request; returns how many cases were changed.
    public async Task<int> EraseAsync(IReadOnlyList<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.ToList();
        var now = clock.GetUtcNow();
        var enquiries = await db.Enquiries.Where(e => ids.Contains(e.PersonId)).ToListAsync(cancellationToken);
        var reviews = await db.ComplaintReviews.Where(r => ids.Contains(r.ApplicantId)).ToListAsync(cancellationToken);
        var bookings = await db.SurgeryBookings.Where(b => ids.Contains(b.PersonId)).ToListAsync(cancellationToken);
        var appeals = await db.AsbAppeals.Where(a => ids.Contains(a.ApplicantId)).ToListAsync(cancellationToken);
        foreach (var appeal in appeals)
        {
            await Anonymiser.AsbAppealAsync(db, appeal, now, cancellationToken);
        }

        foreach (var enquiry in enquiries)
        {
            await Anonymiser.EnquiryAsync(db, enquiry, now, cancellationToken);
        }

        foreach (var review in reviews)
        {
            await Anonymiser.ReviewAsync(db, review, now, cancellationToken);
        }

        foreach (var booking in bookings)
        {
            await Anonymiser.BookingAsync(db, booking, now, cancellationToken);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = actor.UserId,
            ActorName = actor.Name,
            Action = AuditAction.Deleted,
            EntityType = "ErasureRequest",
            EntityId = string.Join(",", ids),
            Changes = JsonSerializer.Serialize(new { enquiries = enquiries.Count, reviews = reviews.Count, surgery_bookings = bookings.Count, asb_appeals = appeals.Count }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return enquiries.Count + reviews.Count + bookings.Count + appeals.Count;
    }

    private static string AttachmentPath(Enquiries.EnquiryEntry entry) => $"attachments/{entry.Id:N}-{entry.AttachmentName}";
}
