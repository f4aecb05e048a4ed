using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Accountability.Bodies;

public sealed class BodyConfiguration :
    IEntityTypeConfiguration<Body>, IEntityTypeConfiguration<BodyMember>, IEntityTypeConfiguration<BodySubscription>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ToTable("Bodies");
        builder.Property(b => b.Key).HasMaxLength(Body.KeyLength);
        builder.HasAlternateKey(b => b.Key);
        builder.Property(b => b.Name).HasMaxLength(Body.NameLength);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.ParentKey).HasMaxLength(Body.KeyLength);
        builder.Property(b => b.CountsAs).HasMaxLength(Body.NameLength);
        builder.Property(b => b.Description).HasMaxLength(Body.TextLength);
        builder.Property(b => b.Chair).HasMaxLength(Body.NameLength);
        builder.Property(b => b.Secretariat).HasMaxLength(Body.NameLength);
        builder.Property(b => b.Frequency).HasMaxLength(100);
        builder.Property(b => b.TermsOfReferenceFileName).HasMaxLength(260);
        builder.Property(b => b.TermsOfReferenceContentType).HasMaxLength(200);
        builder.HasIndex(b => b.Name).IsUnique();
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BodyMember> builder)
    {
        builder.ToTable("BodyMembers");
        builder.Property(m => m.Name).HasMaxLength(Body.NameLength);
        builder.Property(m => m.Organisation).HasMaxLength(Body.NameLength);
        builder.Property(m => m.Role).HasMaxLength(Body.NameLength);
    }

    public void Configure(EntityTypeBuilder<BodySubscription> builder)
    {
        builder.ToTable("BodySubscriptions");
        builder.Property(s => s.Email).HasMaxLength(BodySubscription.EmailLength);
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.HasIndex(s => s.Token).IsUnique();
        builder.HasIndex(s => new { s.BodyId, s.Email }).IsUnique();
        builder.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}
