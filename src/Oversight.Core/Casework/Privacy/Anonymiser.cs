using Microsoft.EntityFrameworkCore;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Casework.Surgeries;
using Oversight.Core.Data;

namespace Oversight.Core.Casework.Privacy;

/// Removes what identifies a person, or what they told us, from a case, keeping what the statistics count:
/// dates, channel, category, area, decision, type, recommendation outcomes and themes.
public static class Anonymiser
{
    public const string Removed = "(removed)";

    public static async Task EnquiryAsync(OversightDbContext db, Enquiry enquiry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(enquiry);
        enquiry.Summary = null;
        enquiry.ForceReference = null;
        enquiry.AnonymisedAt = now;
        db.EnquiryEntries.RemoveRange(await db.EnquiryEntries.Where(e => e.EnquiryId == enquiry.Id).ToListAsync(cancellationToken));
        await PersonAsync(db, enquiry.PersonId, now, cancellationToken);
    }

    public static async Task ReviewAsync(OversightDbContext db, ComplaintReview review, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(review);
        review.RepresentativeName = null;
        review.ComplaintSummary = null;
        review.ExtensionReason = review.ExtensionReason is null ? null : Removed;
        review.Rationale = review.Rationale is null ? null : Removed;
        review.ForceReference = Removed;
        review.AnonymisedAt = now;
        foreach (var recommendation in await db.ReviewRecommendations.Where(r => r.ReviewId == review.Id).ToListAsync(cancellationToken))
        {
            recommendation.Text = Removed;
            recommendation.Response = null;
        }

        db.CaseLetters.RemoveRange(await db.CaseLetters.Where(l => l.ReviewId == review.Id).ToListAsync(cancellationToken));
        await PersonAsync(db, review.ApplicantId, now, cancellationToken);
    }

    public static async Task AsbAppealAsync(OversightDbContext db, Asb.AsbAppeal appeal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(appeal);
        appeal.Reasons = null;
        appeal.ExtensionReason = appeal.ExtensionReason is null ? null : Removed;
        appeal.Rationale = appeal.Rationale is null ? null : Removed;
        appeal.AnonymisedAt = now;
        foreach (var recommendation in await db.AsbRecommendations.Where(r => r.AppealId == appeal.Id).ToListAsync(cancellationToken))
        {
            recommendation.Text = Removed;
            recommendation.Response = null;
        }

        db.CaseLetters.RemoveRange(await db.CaseLetters.Where(l => l.AsbAppealId == appeal.Id).ToListAsync(cancellationToken));
        await PersonAsync(db, appeal.ApplicantId, now, cancellationToken);
    }

    public static async Task BookingAsync(OversightDbContext db, SurgeryBooking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(booking);
        booking.Topic = null;
        booking.Notes = null;
        booking.AnonymisedAt = now;
        await PersonAsync(db, booking.PersonId, now, cancellationToken);
    }

    private static async Task PersonAsync(OversightDbContext db, Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await db.CasePeople.SingleAsync(p => p.Id == personId, cancellationToken);
        person.Name = Removed;
        person.Email = null;
        person.Phone = null;
        person.Address = null;
        person.ErasedAt = now;
    }
}
