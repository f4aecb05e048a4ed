using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Casework.Privacy;

/// How many records of each type the retention run anonymised.
public sealed record RetentionResult(int Enquiries, int Reviews, int SurgeryBookings, int AsbAppeals = 0);

/// Anonymises cases whose retention period has run out, counted from when each was finished with: an enquiry from
/// its closure, a review from its decision (or forwarding to the IOPC, or receipt if never accepted), a surgery
/// booking from the surgery, an ASB appeal (kept as long as a complaint review) from its decision or receipt. The records stay, so the statistics still count them.
public sealed class CaseworkRetention(OversightDbContext db, TimeProvider clock, IOptions<CaseworkOptions> options)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var now = clock.GetUtcNow();
        var retention = options.Value.Retention;

        var enquiryCutoff = today.AddMonths(-retention.EnquiryMonths);
        var enquiries = await db.Enquiries
            .Where(e => e.AnonymisedAt == null && e.Status == EnquiryStatus.Closed && e.ClosedOn < enquiryCutoff)
            .ToListAsync(cancellationToken);
        foreach (var enquiry in enquiries)
        {
            await Anonymiser.EnquiryAsync(db, enquiry, now, cancellationToken);
        }

        var reviewCutoff = today.AddMonths(-retention.ReviewMonths);
        var reviews = (await db.ComplaintReviews.Where(r => r.AnonymisedAt == null && r.ReceivedOn < reviewCutoff).ToListAsync(cancellationToken))
            .Where(r => r.Status != ReviewStatus.Open && (r.DecidedOn ?? r.ForwardedToIopcOn ?? r.ReceivedOn) < reviewCutoff)
            .ToList();
        foreach (var review in reviews)
        {
            await Anonymiser.ReviewAsync(db, review, now, cancellationToken);
        }

        var appeals = (await db.AsbAppeals.Where(a => a.AnonymisedAt == null && a.ReceivedOn < reviewCutoff).ToListAsync(cancellationToken))
            .Where(a => a.Status != Asb.AsbAppealStatus.Open && (a.DecidedOn ?? a.ReceivedOn) < reviewCutoff)
            .ToList();
        foreach (var appeal in appeals)
        {
            await Anonymiser.AsbAppealAsync(db, appeal, now, cancellationToken);
        }

        var bookingCutoff = today.AddMonths(-retention.SurgeryBookingMonths);
        var bookings = await db.SurgeryBookings
            .Where(b => b.AnonymisedAt == null && db.Surgeries.Any(s => s.Id == b.SurgeryId && s.On < bookingCutoff))
            .ToListAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            await Anonymiser.BookingAsync(db, booking, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RetentionResult(enquiries.Count, reviews.Count, bookings.Count, appeals.Count);
    }
}
