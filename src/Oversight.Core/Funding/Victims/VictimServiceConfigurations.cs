using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Funding.Victims;

public sealed class VictimServiceProviderConfiguration : IEntityTypeConfiguration<VictimServiceProvider>
{
    public void Configure(EntityTypeBuilder<VictimServiceProvider> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Sector).HasConversion<string>().HasMaxLength(30);
    }
}

public sealed class VictimServiceContractConfiguration : IEntityTypeConfiguration<VictimServiceContract>
{
    public void Configure(EntityTypeBuilder<VictimServiceContract> builder)
    {
        builder.Property(c => c.FinancialYear).HasMaxLength(7);
        builder.Property(c => c.Value).HasPrecision(14, 2);
        builder.Property(c => c.FundingSource).HasMaxLength(200);
        builder.Property(c => c.Line).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(c => c.Provider).WithMany().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.FinancialYear);
    }
}

public sealed class VictimServiceReturnConfiguration : IEntityTypeConfiguration<VictimServiceReturn>
{
    public void Configure(EntityTypeBuilder<VictimServiceReturn> builder)
    {
        builder.Property(r => r.Period).HasMaxLength(12);
        builder.HasOne(r => r.Contract).WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);

        // Only the return that counts is unique per contract and quarter; superseded ones are kept beside it.
        builder.HasIndex(r => new { r.ContractId, r.Period }).IsUnique().HasFilter("\"SupersededAt\" IS NULL");
        builder.Ignore(r => r.Victims);
    }
}

public sealed class SaferStreetsProjectConfiguration : IEntityTypeConfiguration<SaferStreetsProject>
{
    public void Configure(EntityTypeBuilder<SaferStreetsProject> builder)
    {
        builder.Property(p => p.Round).HasMaxLength(50);
        builder.Property(p => p.Focus).HasMaxLength(100);
        builder.Property(p => p.District).HasMaxLength(100);
        builder.Property(p => p.Intervention).HasMaxLength(200);
        builder.Property(p => p.FundingYear).HasMaxLength(7);
        builder.Property(p => p.Budget).HasPrecision(14, 2);
        builder.Property(p => p.Spend).HasPrecision(14, 2);
    }
}

public sealed class SaferStreetsAllocationConfiguration : IEntityTypeConfiguration<SaferStreetsAllocation>
{
    public void Configure(EntityTypeBuilder<SaferStreetsAllocation> builder)
    {
        builder.Property(a => a.Round).HasMaxLength(50);
        builder.Property(a => a.FundingYear).HasMaxLength(7);
        builder.Property(a => a.Amount).HasPrecision(14, 2);
    }
}
