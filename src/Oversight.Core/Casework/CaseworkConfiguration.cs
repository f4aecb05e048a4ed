using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Casework;

public sealed class CasePersonConfiguration : IEntityTypeConfiguration<CasePerson>
{
    public void Configure(EntityTypeBuilder<CasePerson> builder)
    {
        builder.ToTable("CasePeople");
        builder.Property(p => p.Name).HasMaxLength(CasePerson.NameLength);
        builder.Property(p => p.Email).HasMaxLength(CasePerson.ContactLength);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.Property(p => p.Address).HasMaxLength(1000);
        builder.HasIndex(p => p.Email);
    }
}

public sealed class ComplaintReviewConfiguration : IEntityTypeConfiguration<Reviews.ComplaintReview>
{
    public void Configure(EntityTypeBuilder<Reviews.ComplaintReview> builder)
    {
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Reference).HasMaxLength(Reviews.ComplaintReview.ReferenceLength);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RepresentativeName).HasMaxLength(CasePerson.NameLength);
        builder.Property(r => r.ForceReference).HasMaxLength(100);
        builder.Property(r => r.AppropriateAuthority).HasMaxLength(200);
        builder.Property(r => r.District).HasMaxLength(100);
        builder.Property(r => r.ComplaintSummary).HasMaxLength(Reviews.ComplaintReview.TextLength);
        builder.Property(r => r.ExtensionReason).HasMaxLength(Reviews.ComplaintReview.TextLength);
        builder.Property(r => r.Rationale).HasMaxLength(Reviews.ComplaintReview.TextLength);
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.ReviewerName).HasMaxLength(CasePerson.NameLength);
        builder.HasOne(r => r.Applicant).WithMany().HasForeignKey(r => r.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Recommendations).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Letters).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReceivedOn);
    }
}

public sealed class ReviewRecommendationConfiguration : IEntityTypeConfiguration<Reviews.ReviewRecommendation>
{
    public void Configure(EntityTypeBuilder<Reviews.ReviewRecommendation> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(Reviews.ComplaintReview.TextLength);
        builder.Property(r => r.Theme).HasMaxLength(200);
        builder.Property(r => r.Response).HasMaxLength(Reviews.ComplaintReview.TextLength);
    }
}

public sealed class CaseLetterConfiguration : IEntityTypeConfiguration<Letters.CaseLetter>
{
    public void Configure(EntityTypeBuilder<Letters.CaseLetter> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.GeneratedBy).HasMaxLength(CasePerson.NameLength);
        builder.Property(l => l.Reference).HasMaxLength(40);
        builder.Property(l => l.RecipientName).HasMaxLength(CasePerson.NameLength);
        builder.Property(l => l.RecipientAddress).HasMaxLength(Letters.CaseLetter.AddressLength);
        builder.Property(l => l.SignedBy).HasMaxLength(CasePerson.NameLength);
        builder.Property(l => l.SignerRole).HasMaxLength(100);
        builder.Property(l => l.SentBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.SentRecordedBy).HasMaxLength(CasePerson.NameLength);
        builder.Property(l => l.Subject).HasMaxLength(300);
        builder.Property(l => l.Body).HasMaxLength(20000);
    }
}

public sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<Letters.LetterTemplate>
{
    public void Configure(EntityTypeBuilder<Letters.LetterTemplate> builder)
    {
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Subject).HasMaxLength(300);
        builder.Property(t => t.Body).HasMaxLength(20000);
        builder.Property(t => t.UpdatedBy).HasMaxLength(CasePerson.NameLength);
        builder.HasData(Letters.DefaultLetters.All);
    }
}

public sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiries.Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiries.Enquiry> builder)
    {
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.Property(e => e.Reference).HasMaxLength(Enquiries.Enquiry.ReferenceLength);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Category).HasMaxLength(200);
        builder.Property(e => e.District).HasMaxLength(100);
        builder.Property(e => e.Summary).HasMaxLength(Enquiries.Enquiry.TextLength);
        builder.Property(e => e.AssignedToId).HasMaxLength(450);
        builder.Property(e => e.AssignedToName).HasMaxLength(CasePerson.NameLength);
        builder.Property(e => e.ForceReference).HasMaxLength(100);
        builder.Property(e => e.ClosureReason).HasMaxLength(200);
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Entries).WithOne().HasForeignKey(x => x.EnquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.Status, e.DueOn });
        builder.HasIndex(e => e.ReceivedOn);
    }
}

public sealed class EnquiryEntryConfiguration : IEntityTypeConfiguration<Enquiries.EnquiryEntry>
{
    public void Configure(EntityTypeBuilder<Enquiries.EnquiryEntry> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.By).HasMaxLength(CasePerson.NameLength);
        builder.Property(e => e.Text).HasMaxLength(Enquiries.Enquiry.TextLength);
        builder.Property(e => e.AttachmentName).HasMaxLength(Enquiries.EnquiryEntry.FileNameLength);
        builder.Property(e => e.AttachmentType).HasMaxLength(100);
    }
}

public sealed class SurgeryConfiguration : IEntityTypeConfiguration<Surgeries.Surgery>
{
    public void Configure(EntityTypeBuilder<Surgeries.Surgery> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.HasMany(s => s.Bookings).WithOne().HasForeignKey(b => b.SurgeryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurgeryBookingConfiguration : IEntityTypeConfiguration<Surgeries.SurgeryBooking>
{
    public void Configure(EntityTypeBuilder<Surgeries.SurgeryBooking> builder)
    {
        builder.Property(b => b.Topic).HasMaxLength(Enquiries.Enquiry.TextLength);
        builder.Property(b => b.Notes).HasMaxLength(Enquiries.Enquiry.TextLength);
        builder.HasOne(b => b.Person).WithMany().HasForeignKey(b => b.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SurgeryId, b.Slot }).IsUnique();
    }
}
