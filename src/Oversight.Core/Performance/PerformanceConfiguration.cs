using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Performance.Sharing;

namespace Oversight.Core.Performance;

public sealed class PoliceDataFileConfiguration : IEntityTypeConfiguration<PoliceDataFile>, IEntityTypeConfiguration<PoliceDataTerm>
{
    public void Configure(EntityTypeBuilder<PoliceDataFile> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Force).HasMaxLength(100);
        builder.Property(f => f.Month).HasMaxLength(7);
        builder.HasIndex(f => new { f.Force, f.Kind, f.Month }).IsUnique();
        builder.HasIndex(f => f.Number).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PoliceDataTerm> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => t.Text).IsUnique();
    }
}

/// Record tables have no foreign keys or secondary indexes on purpose: the importer keeps them consistent inside
/// its transaction, and every query reads one file's rows by key range (see PoliceRecordKey).
public sealed class PoliceRecordConfiguration :
    IEntityTypeConfiguration<StreetCrimeRecord>, IEntityTypeConfiguration<OutcomeRecord>, IEntityTypeConfiguration<StopSearchRecord>
{
    public void Configure(EntityTypeBuilder<StreetCrimeRecord> builder)
    {
        builder.ToTable("StreetCrimes");
        Located(builder);
    }

    public void Configure(EntityTypeBuilder<OutcomeRecord> builder)
    {
        builder.ToTable("CrimeOutcomes");
        Located(builder);
    }

    public void Configure(EntityTypeBuilder<StopSearchRecord> builder)
    {
        builder.ToTable("StopSearches");
        builder.Property(r => r.Id).ValueGeneratedNever();
    }

    private static void Located<T>(EntityTypeBuilder<T> builder)
        where T : LocatedCrimeRecord
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        // 32 bytes instead of 64 characters: Crime IDs are SHA-256 digests in hexadecimal.
        builder.Property(r => r.CrimeId).HasConversion(
            id => id == null ? null : Convert.FromHexString(id),
            bytes => bytes == null ? null : Convert.ToHexStringLower(bytes));
    }
}

public sealed class ObservationConfiguration :
    IEntityTypeConfiguration<Observation>, IEntityTypeConfiguration<DataUpload>, IEntityTypeConfiguration<AggregateImport>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Property(o => o.MeasureId).HasMaxLength(100);
        builder.Property(o => o.Area).HasMaxLength(100);
        builder.Property(o => o.Period).HasMaxLength(20);
        builder.Property(o => o.Source).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(o => new { o.MeasureId, o.Area, o.PeriodStart, o.IsCurrent });
        // However values arrive (file, upload, typed, imported table), one is current for a measure, area and period.
        builder.HasIndex(o => new { o.MeasureId, o.Area, o.PeriodStart }).IsUnique().HasFilter("\"IsCurrent\"").HasDatabaseName("IX_Observations_OneCurrent");
        // The matrix reads one area's current values for every measure at once.
        builder.HasIndex(o => new { o.Area, o.IsCurrent });
        builder.HasIndex(o => o.ProvenanceId);
    }

    public void Configure(EntityTypeBuilder<DataUpload> builder)
    {
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(u => new { u.MeasureId, u.UploadedAt });
    }

    public void Configure(EntityTypeBuilder<AggregateImport> builder)
    {
        builder.Property(a => a.Area).HasMaxLength(100);
        builder.HasIndex(a => new { a.Sha256, a.Area });
    }
}

public sealed class AgreementConfiguration :
    IEntityTypeConfiguration<DataSharingAgreement>, IEntityTypeConfiguration<AgreementDataset>, IEntityTypeConfiguration<AgreementPartner>
{
    public void Configure(EntityTypeBuilder<DataSharingAgreement> builder)
    {
        builder.HasMany(a => a.Datasets).WithOne().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AgreementDataset> builder) => builder.HasKey(d => new { d.AgreementId, d.DatasetId });

    public void Configure(EntityTypeBuilder<AgreementPartner> builder)
    {
        builder.HasKey(p => new { p.AgreementId, p.OrganisationId });
        builder.HasOne<Accounts.Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
