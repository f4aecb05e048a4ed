using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Privacy;

namespace Oversight.Core.Tests.Casework;

/// Retention on a real database: enquiries 24 months after closure, reviews 72 months after decision, surgery
/// bookings 12 months after the surgery (the defaults), counted back from 24 November 2026.
public abstract class CaseworkRetentionTests(CaseworkHost host)
{
    [Fact]
    public async Task Run_ExpiredRecords_AreAnonymisedAndStillCounted()
    {
        var expiredEnquiry = CaseRecords.Enquiry("Expired Enquirer", "old@example.test", new DateOnly(2024, 9, 1), closed: new DateOnly(2024, 11, 23));
        var keptEnquiry = CaseRecords.Enquiry("Kept Enquirer", "kept@example.test", new DateOnly(2024, 9, 1), closed: new DateOnly(2024, 11, 24));
        var openEnquiry = CaseRecords.Enquiry("Open Enquirer", null, new DateOnly(2020, 1, 6), closed: null);
        var expiredReview = CaseRecords.Review("Expired Applicant", null, new DateOnly(2020, 6, 1), decided: new DateOnly(2020, 11, 23));
        var keptReview = CaseRecords.Review("Kept Applicant", null, new DateOnly(2020, 6, 1), decided: new DateOnly(2020, 11, 24));
        var oldSurgery = CaseRecords.Surgery(new DateOnly(2025, 11, 21), "Old Visitor", null);
        await host.WithDbAsync(db =>
        {
            db.AddRange(expiredEnquiry, keptEnquiry, openEnquiry, expiredReview, keptReview, oldSurgery);
            return db.SaveChangesAsync();
        });

        var first = await host.WithAsync(sp => sp.GetRequiredService<CaseworkRetention>().RunAsync(CancellationToken.None));
        var second = await host.WithAsync(sp => sp.GetRequiredService<CaseworkRetention>().RunAsync(CancellationToken.None));

        Assert.True(first.Enquiries >= 1 && first.Reviews >= 1 && first.SurgeryBookings >= 1, first.ToString());
        Assert.Equal(new RetentionResult(0, 0, 0), second);
        await host.WithDbAsync(async db =>
        {
            var enquiries = await db.Enquiries.Include(e => e.Person).Where(e => new[] { expiredEnquiry.Id, keptEnquiry.Id, openEnquiry.Id }.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
            var gone = enquiries[expiredEnquiry.Id];
            Assert.Equal(("(removed)", null, null), (gone.Person!.Name, gone.Person.Email, gone.Summary));
            Assert.Equal(("Reports to the police and their response", "Leeds", new DateOnly(2024, 11, 23)), (gone.Category, gone.District!, gone.ClosedOn!.Value));
            Assert.False(await db.EnquiryEntries.AnyAsync(x => x.EnquiryId == expiredEnquiry.Id));
            Assert.Equal("Kept Enquirer", enquiries[keptEnquiry.Id].Person!.Name);
            Assert.Equal("Open Enquirer", enquiries[openEnquiry.Id].Person!.Name);

            var review = await db.ComplaintReviews.Include(r => r.Applicant).Include(r => r.Recommendations).Include(r => r.Letters).SingleAsync(r => r.Id == expiredReview.Id);
            Assert.Equal(("(removed)", null, null, "(removed)"), (review.Applicant!.Name, review.Applicant.Address, review.ComplaintSummary, review.Rationale));
            Assert.Equal((Oversight.Core.Casework.Reviews.ReviewDecision.Upheld, "Stop and search", true), (review.Decision!.Value, review.Recommendations[0].Theme!, review.Recommendations[0].Accepted!.Value));
            Assert.Empty(review.Letters);
            Assert.Equal("Kept Applicant", (await db.ComplaintReviews.Include(r => r.Applicant).SingleAsync(r => r.Id == keptReview.Id)).Applicant!.Name);

            var booking = await db.SurgeryBookings.Include(b => b.Person).SingleAsync(b => b.SurgeryId == oldSurgery.Id);
            Assert.Equal(("(removed)", null), (booking.Person!.Name, booking.Topic));
            return true;
        });
    }

    [Fact]
    public async Task Run_ExpiredRecord_WritesNoFreeTextIntoTheAuditTrail()
    {
        var expired = CaseRecords.Enquiry("Audit Subject", "audit@example.test", new DateOnly(2023, 1, 9), closed: new DateOnly(2023, 2, 1), summary: "A very particular sentence about 14 Nowhere Lane.");
        await host.WithDbAsync(db =>
        {
            db.Add(expired);
            return db.SaveChangesAsync();
        });

        await host.WithAsync(sp => sp.GetRequiredService<CaseworkRetention>().RunAsync(CancellationToken.None));

        var leaks = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Changes.Contains("Nowhere Lane") || a.Changes.Contains("Audit Subject") || a.Changes.Contains("audit@example.test")).CountAsync());
        Assert.Equal(0, leaks);
        var updates = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Enquiry) && a.EntityId == expired.Id.ToString()).CountAsync());
        Assert.Equal(2, updates); // created, then anonymised
    }
}

public sealed class CaseworkRetentionTestsOnSqlite(SqliteCaseworkHost host) : CaseworkRetentionTests(host), IClassFixture<SqliteCaseworkHost>;

public sealed class CaseworkRetentionTestsOnPostgres(PostgresCaseworkHost host) : CaseworkRetentionTests(host), IClassFixture<PostgresCaseworkHost>;
