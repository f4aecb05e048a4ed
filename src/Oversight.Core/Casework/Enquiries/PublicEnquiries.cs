using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Core.Uploads;
using Oversight.Domain;
using Oversight.Domain.Calendar;

namespace Oversight.Core.Casework.Enquiries;

/// Contacts from the public: recording, queues, the correspondence log, assignment and closure.
public sealed class PublicEnquiries(OversightDbContext db, IAuditActor actor, TimeProvider clock, IOptions<CaseworkOptions> options)
{
    public DateOnly Today => UkTime.Today(clock);

    public CaseworkOptions Options => options.Value;

    /// Records an enquiry; its key is the reference the person is given.
    public async Task<Saved> RecordAsync(NewEnquiry details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = EnquiryRules.Check(details, options.Value, Today);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var enquiry = new Enquiry
        {
            Reference = CaseReference.New("ENQ", details.ReceivedOn),
            ReceivedOn = details.ReceivedOn,
            Channel = details.Channel,
            Person = new CasePerson { Name = details.Name!.Trim(), Email = Blank(details.Email), Phone = Blank(details.Phone) },
            Category = details.Category!,
            District = details.District,
            Summary = details.Message!.Trim(),
            ForceReference = Blank(details.ForceReference),
            DueOn = WorkingDays.Add(details.ReceivedOn, options.Value.EnquiryResponseWorkingDays),
            Status = EnquiryStatus.New,
            SurgeryBookingId = details.SurgeryBookingId,
        };
        enquiry.Entries.Add(new EnquiryEntry { At = clock.GetUtcNow(), Kind = EntryKind.Received, By = details.Name.Trim(), Text = details.Message.Trim() });
        db.Enquiries.Add(enquiry);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(enquiry.Id, enquiry.Reference);
    }

    /// The columns a queue sorts by; soonest due first unless asked otherwise.
    public static readonly ListSorts<EnquiryRow> Sorts = new ListSorts<EnquiryRow>()
        .Add("due", e => e.DueOn)
        .Add("reference", e => e.Reference)
        .Add("name", e => e.Name)
        .Add("received", e => e.ReceivedOn)
        .Add("subject", e => e.Category)
        .Add("officer", e => e.AssignedToName)
        .ThenBy(e => e.Reference);

    /// One page of a queue of open enquiries matching the words (reference, name, subject) and category, without the
    /// free text.
    public Task<ListPage<EnquiryRow>> QueueAsync(EnquiryQueue queue, string? userId, string? category, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        var soon = WorkingDays.Add(today, options.Value.DueSoonWorkingDays);
        var open = db.Enquiries.AsNoTracking().Where(e => e.Status != EnquiryStatus.Closed);
        open = queue switch
        {
            EnquiryQueue.Mine => open.Where(e => e.AssignedToId == userId),
            EnquiryQueue.Unassigned => open.Where(e => e.AssignedToId == null),
            EnquiryQueue.DueSoon => open.Where(e => e.DueOn >= today && e.DueOn <= soon),
            EnquiryQueue.Overdue => open.Where(e => e.DueOn < today),
            _ => open,
        };
        if (!string.IsNullOrWhiteSpace(category))
        {
            open = open.Where(e => e.Category == category);
        }

        return open.Select(e => new EnquiryRow { Id = e.Id, Reference = e.Reference, ReceivedOn = e.ReceivedOn, Channel = e.Channel, Name = e.Person!.Name, Category = e.Category, AssignedToName = e.AssignedToName, DueOn = e.DueOn })
            .Matching(request, e => e.Reference, e => e.Name, e => e.Category)
            .PageAsync(Sorts, request, cancellationToken);
    }

    public Task<Enquiry?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Enquiries.Include(e => e.Person).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// The case file with its correspondence log (without file contents); the view is audited.
    public async Task<Enquiry?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var enquiry = await db.Enquiries.AsNoTracking().Include(e => e.Person).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null)
        {
            return null;
        }

        enquiry.Entries = await db.EnquiryEntries.AsNoTracking().Where(x => x.EnquiryId == id).OrderBy(x => x.At)
            .Select(x => new EnquiryEntry { Id = x.Id, EnquiryId = x.EnquiryId, At = x.At, Kind = x.Kind, By = x.By, Text = x.Text, AttachmentName = x.AttachmentName, AttachmentType = x.AttachmentType })
            .ToListAsync(cancellationToken);
        AuditTrail.RecordView(db, actor, clock, nameof(Enquiry), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return enquiry;
    }

    /// Gives the enquiry to an officer; false when there is no such enquiry or the user is not a casework officer.
    public async Task<bool> AssignAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(id, cancellationToken);
        var officer = await db.Users.Where(u => u.Id == userId).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (enquiry is null || officer is null)
        {
            return false;
        }

        enquiry.AssignedToId = officer.Id;
        enquiry.AssignedToName = officer.DisplayName;
        if (enquiry.Status == EnquiryStatus.New)
        {
            enquiry.Status = EnquiryStatus.InProgress;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<Saved> AddEntryAsync(Guid id, EntryKind kind, string? text, Attachment? attachment, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(id, cancellationToken);
        if (enquiry is null)
        {
            return Saved.Missing;
        }

        if (string.IsNullOrWhiteSpace(text) && attachment is null)
        {
            return Saved.Invalid("Text", "Enter the message or note, or attach a file");
        }

        if (text?.Length > Enquiry.TextLength)
        {
            return Saved.Invalid("Text", $"The message must be {Enquiry.TextLength} characters or fewer");
        }

        var file = attachment is null ? null : UploadedFile.From(attachment.FileName, attachment.Content);
        if (file is not null && FileCheck.Problem(UploadRules.CaseAttachment, file) is { } problem)
        {
            return Saved.Invalid("Attachment", problem);
        }

        db.EnquiryEntries.Add(new EnquiryEntry
        {
            EnquiryId = id,
            At = clock.GetUtcNow(),
            Kind = kind,
            By = actor.Name,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            AttachmentName = file?.Name[..Math.Min(file.Name.Length, EnquiryEntry.FileNameLength)],
            AttachmentType = file is null ? null : FileCheck.ContentType(file.Name),
            AttachmentContent = attachment?.Content,
        });
        if (kind == EntryKind.Sent)
        {
            enquiry.RespondedOn ??= Today;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// A file from the log; fetching it is audited like opening the case.
    public async Task<EnquiryEntry?> AttachmentAsync(Guid id, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.EnquiryEntries.AsNoTracking().SingleOrDefaultAsync(x => x.Id == entryId && x.EnquiryId == id && x.AttachmentContent != null, cancellationToken);
        if (entry is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(EnquiryEntry), entryId.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return entry;
    }

    public async Task<Saved> UpdateAsync(Guid id, string? category, string? district, string? forceReference, EnquiryStatus status, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(id, cancellationToken);
        if (enquiry is null)
        {
            return Saved.Missing;
        }

        if (category is null || !options.Value.EnquiryCategories.Contains(category))
        {
            return Saved.Invalid("Category", "Select what it is about");
        }

        if (status == EnquiryStatus.Closed)
        {
            return Saved.Invalid("Status", "Close an enquiry with a reason, using Close the enquiry");
        }

        enquiry.Category = category;
        enquiry.District = district is not null && options.Value.Districts.Contains(district) ? district : null;
        enquiry.ForceReference = Blank(forceReference);
        enquiry.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public async Task<Saved> CloseAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(id, cancellationToken);
        if (enquiry is null)
        {
            return Saved.Missing;
        }

        if (reason is null || !ClosureReasons.All.Contains(reason))
        {
            return Saved.Invalid("Reason", "Select why the enquiry is closed");
        }

        enquiry.Status = EnquiryStatus.Closed;
        enquiry.ClosureReason = reason;
        enquiry.ClosedOn = Today;
        enquiry.RespondedOn ??= Today;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// A line of an enquiries queue: who wrote, about what, and when it is due.
/// Written with initialisers, not a constructor, so the database can sort and search by its members.
public sealed record EnquiryRow
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public ContactChannel Channel { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public string? AssignedToName { get; init; }

    public DateOnly DueOn { get; init; }
}
