using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Justice;

public sealed class JusticeConfiguration : IEntityTypeConfiguration<JusticeReferral>, IEntityTypeConfiguration<CommunityConference>
{
    public void Configure(EntityTypeBuilder<JusticeReferral> builder)
    {
        builder.Property(r => r.Cohort).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Disposal).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OffenceType).HasMaxLength(100);
        builder.Property(r => r.District).HasMaxLength(50);
        builder.Property(r => r.AgeBand).HasMaxLength(10);
        builder.Property(r => r.DeliveredBy).HasMaxLength(100);
        builder.HasIndex(r => r.DisposedAt);
    }

    public void Configure(EntityTypeBuilder<CommunityConference> builder)
    {
        builder.Property(c => c.District).HasMaxLength(50);
        builder.Property(c => c.Participants).HasMaxLength(2000);
        builder.Property(c => c.AgreedReparation).HasMaxLength(2000);
    }
}
