using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Funding.Applicants;

public sealed class ApplicantOrganisationConfiguration : IEntityTypeConfiguration<ApplicantOrganisation>
{
    public void Configure(EntityTypeBuilder<ApplicantOrganisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.CharityNumber).HasMaxLength(20);
        builder.Property(o => o.CompanyNumber).HasMaxLength(20);
        builder.Property(o => o.District).HasMaxLength(50);
        builder.Property(o => o.OrgId).HasMaxLength(200);
    }
}

public sealed class ApplicantMemberConfiguration : IEntityTypeConfiguration<ApplicantMember>
{
    public void Configure(EntityTypeBuilder<ApplicantMember> builder)
    {
        builder.HasKey(m => m.UserId);
        builder.HasOne<Accounts.User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicantOrganisation>().WithMany().HasForeignKey(m => m.ApplicantOrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApplicantRegistrationConfiguration : IEntityTypeConfiguration<ApplicantRegistration>
{
    public void Configure(EntityTypeBuilder<ApplicantRegistration> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.DisplayName).HasMaxLength(200);
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.HasIndex(r => r.TokenHash).IsUnique();
    }
}
