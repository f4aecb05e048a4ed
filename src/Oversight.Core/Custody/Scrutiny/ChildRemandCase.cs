using Oversight.Domain.Custody;

namespace Oversight.Core.Custody.Scrutiny;

public enum RemandAccommodation
{
    None,
    Foster,
    Secure,
}

/// A child charged and refused bail, examined by the child custody scrutiny panel. Identified by custody number only.
public sealed class ChildRemandCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string CustodyNumber { get; set; }

    public DateTimeOffset ChargedAt { get; set; }

    public required string BailRefusedReason { get; set; }

    public DateTimeOffset? LocalAuthorityRequestedAt { get; set; }

    public string? LocalAuthorityResponse { get; set; }

    public RemandAccommodation Accommodation { get; set; }

    /// Why no accommodation was provided, when none was.
    public string? NoAccommodationReason { get; set; }

    public DateTimeOffset LeftCustodyAt { get; set; }

    public bool CertificateProduced { get; set; }

    /// Whether the court agreed with the police decision (remand, or bail conditions the police could not set).
    public bool? CourtAgreed { get; set; }

    /// For the disproportionality analysis only; panel case pages do not show it.
    public required string Ethnicity { get; set; }

    public bool ChargedLate => ChildRemand.ChargedLate(ChargedAt);

    public double HoursInCell => ChildRemand.HoursInCell(ChargedAt, LeftCustodyAt);
}

public sealed class ChildRemandCaseConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<ChildRemandCase>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ChildRemandCase> builder)
    {
        builder.Property(c => c.CustodyNumber).HasMaxLength(40);
        builder.Property(c => c.BailRefusedReason).HasMaxLength(1000);
        builder.Property(c => c.LocalAuthorityResponse).HasMaxLength(1000);
        builder.Property(c => c.NoAccommodationReason).HasMaxLength(1000);
        builder.Property(c => c.Accommodation).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Ethnicity).HasMaxLength(50);
        builder.HasIndex(c => c.ChargedAt);
    }
}
