using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Domain;

namespace Oversight.Core.Casework.Surgeries;

/// The Deputy Mayor's public surgeries: sessions, bookings (by the public or staff), notes and follow-ups.
public sealed class PublicSurgeries(OversightDbContext db, IAuditActor actor, TimeProvider clock, PublicEnquiries enquiries)
{
    public DateOnly Today => UkTime.Today(clock);

    public Task<List<Surgery>> ListAsync(CancellationToken cancellationToken) =>
        db.Surgeries.AsNoTracking().Include(s => s.Bookings).OrderByDescending(s => s.On).ToListAsync(cancellationToken);

    /// The office's list's columns; the latest surgery first unless asked otherwise.
    public static ListSorts<SurgeryRow> Sorts { get; } = new ListSorts<SurgeryRow>()
        .Add("date", s => s.On)
        .Add("place", s => s.Place)
        .Add("booked", s => s.Booked)
        .Default("date", descending: true)
        .ThenBy(s => s.StartsAt)
        .ThenBy(s => s.Id);

    /// One page of surgeries matching the place's words, upcoming or past, in a financial year, sorted and paged in
    /// the database; bookings are counted, not read.
    public Task<ListPage<SurgeryRow>> SearchAsync(SurgeryFilters filters, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        var query = db.Surgeries.AsNoTracking();
        query = filters.Upcoming switch
        {
            true => query.Where(s => s.On >= today),
            false => query.Where(s => s.On < today),
            null => query,
        };
        if (filters.Year is { } year)
        {
            var (from, to) = (FinancialYear.Start(year), FinancialYear.End(year));
            query = query.Where(s => s.On >= from && s.On <= to);
        }

        if (filters.Online is { } online)
        {
            query = query.Where(s => s.Online == online);
        }

        return query.Select(s => new SurgeryRow { Id = s.Id, On = s.On, StartsAt = s.StartsAt, Place = s.Place, Online = s.Online, Slots = s.Slots, Booked = s.Bookings.Count })
            .Matching(request, s => s.Place)
            .PageAsync(Sorts, request, cancellationToken);
    }

    /// The financial years with surgeries, newest first, for the list's year filter.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        FinancialYear.Spanning(await db.Surgeries.MinAsync(s => (DateOnly?)s.On, cancellationToken), await db.Surgeries.MaxAsync(s => (DateOnly?)s.On, cancellationToken));

    /// Surgeries from today on with a free slot, for the public booking page (no bookings' details).
    public async Task<List<(Surgery Surgery, int Free)>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var surgeries = await db.Surgeries.AsNoTracking().Where(s => s.On >= today).OrderBy(s => s.On)
            .Select(s => new { Surgery = s, Booked = s.Bookings.Count }).ToListAsync(cancellationToken);
        return surgeries.Where(s => s.Booked < s.Surgery.Slots).Select(s => (s.Surgery, s.Surgery.Slots - s.Booked)).ToList();
    }

    public async Task<Saved> CreateAsync(DateOnly on, string? place, bool online, TimeOnly startsAt, int slots, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(place))
        {
            errors.Add(new("Place", online ? "Enter how people join, like Microsoft Teams" : "Enter where the surgery is held"));
        }

        if (slots is < 1 or > 40)
        {
            errors.Add(new("Slots", "Enter a number of slots from 1 to 40"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var surgery = new Surgery { On = on, Place = place!.Trim(), Online = online, StartsAt = startsAt, Slots = slots };
        db.Surgeries.Add(surgery);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(surgery.Id);
    }

    /// The session with its bookings; the view is audited since bookings name people.
    public async Task<Surgery?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var surgery = await db.Surgeries.AsNoTracking().Include(s => s.Bookings).ThenInclude(b => b.Person).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (surgery is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(Surgery), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return surgery;
    }

    /// Books the first free slot, whose number is the key; not found when there is no such surgery (or it is past,
    /// for the public).
    public async Task<Saved> BookAsync(Guid id, string? name, string? email, string? phone, string? topic, bool byPublic, CancellationToken cancellationToken)
    {
        var surgery = await db.Surgeries.Include(s => s.Bookings).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (surgery is null || (byPublic && surgery.On < Today))
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("Name", "Enter the name"));
        }

        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone))
        {
            errors.Add(new("Email", "Enter an email address or a phone number"));
        }

        var free = Enumerable.Range(1, surgery.Slots).Except(surgery.Bookings.Select(b => b.Slot)).ToList();
        if (free.Count == 0)
        {
            errors.Add(new("Name", "This surgery is fully booked"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var booking = new SurgeryBooking
        {
            SurgeryId = id,
            Slot = free[0],
            Person = new CasePerson { Name = name!.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(), Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim() },
            BookedByPublic = byPublic,
            Topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(),
        };
        db.SurgeryBookings.Add(booking);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(booking.Id, booking.Slot.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<bool> SaveNotesAsync(Guid id, Guid bookingId, string? notes, CancellationToken cancellationToken)
    {
        var booking = await db.SurgeryBookings.SingleOrDefaultAsync(b => b.Id == bookingId && b.SurgeryId == id, cancellationToken);
        if (booking is null)
        {
            return false;
        }

        booking.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// Turns a booking's follow-up action into an enquiry for the casework team; returns its id.
    public async Task<Saved> FollowUpAsync(Guid id, Guid bookingId, string? category, string? action, CancellationToken cancellationToken)
    {
        var booking = await db.SurgeryBookings.Include(b => b.Person).SingleOrDefaultAsync(b => b.Id == bookingId && b.SurgeryId == id, cancellationToken);
        if (booking is null)
        {
            return Saved.Missing;
        }

        return await enquiries.RecordAsync(
            new NewEnquiry(Today, ContactChannel.InPerson, booking.Person!.Name, booking.Person.Email, booking.Person.Phone, category, null, action, SurgeryBookingId: booking.Id),
            cancellationToken);
    }
}
