using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Accounts;

namespace Oversight.Core.Custody.Visiting;

public sealed class VisitingConfiguration :
    IEntityTypeConfiguration<CustodyVisitor>, IEntityTypeConfiguration<VisitorExpense>, IEntityTypeConfiguration<CustodySuite>,
    IEntityTypeConfiguration<RotaEntry>, IEntityTypeConfiguration<CustodyVisit>, IEntityTypeConfiguration<VisitDetainee>,
    IEntityTypeConfiguration<VisitCheck>, IEntityTypeConfiguration<VisitIssue>
{
    public void Configure(EntityTypeBuilder<CustodyVisitor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => v.UserId).IsUnique();
        builder.HasMany(v => v.Expenses).WithOne().HasForeignKey(e => e.VisitorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VisitorExpense> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.Amount).HasPrecision(10, 2);
    }

    public void Configure(EntityTypeBuilder<CustodySuite> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<RotaEntry> builder)
    {
        builder.HasOne<CustodySuite>().WithMany().HasForeignKey(r => r.SuiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustodyVisitor>().WithMany().HasForeignKey(r => r.FirstVisitorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustodyVisitor>().WithMany().HasForeignKey(r => r.SecondVisitorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Day);
    }

    public void Configure(EntityTypeBuilder<CustodyVisit> builder)
    {
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<CustodySuite>().WithMany().HasForeignKey(v => v.SuiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustodyVisitor>().WithMany().HasForeignKey(v => v.FirstVisitorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustodyVisitor>().WithMany().HasForeignKey(v => v.SecondVisitorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Detainees).WithOne().HasForeignKey(d => d.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Checks).WithOne().HasForeignKey(c => c.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Issues).WithOne(i => i.Visit).HasForeignKey(i => i.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.AccessDelayReason).HasMaxLength(1000);
        builder.Property(v => v.AuthorisingInspector).HasMaxLength(200);
        foreach (var notes in new[] { nameof(CustodyVisit.RightsNotes), nameof(CustodyVisit.HealthNotes), nameof(CustodyVisit.ConditionsNotes), nameof(CustodyVisit.DignityNotes) })
        {
            builder.Property(notes).HasMaxLength(4000);
        }

        builder.HasIndex(v => v.VisitDate);
        builder.HasIndex(v => v.FirstVisitorId);
        builder.HasIndex(v => v.SecondVisitorId);
    }

    public void Configure(EntityTypeBuilder<VisitDetainee> builder)
    {
        builder.Property(d => d.CustodyNumber).HasMaxLength(40);
        builder.Property(d => d.Contact).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Notes).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<VisitCheck> builder)
    {
        builder.HasKey(c => new { c.VisitId, c.Point });
        builder.Property(c => c.Point).HasMaxLength(50);
        builder.Property(c => c.Answer).HasConversion<string>().HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<VisitIssue> builder)
    {
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.RaisedWith).HasMaxLength(200);
        builder.Property(i => i.ImmediateAction).HasMaxLength(2000);
        builder.Property(i => i.PoliceResponse).HasMaxLength(4000);
        builder.HasIndex(i => new { i.Status, i.DueBy });
    }
}
