namespace Oversight.Core.Performance.Sharing;

/// Lets partner organisations see datasets they do not own, for a purpose, between two dates inclusive.
public sealed class DataSharingAgreement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public required string Purpose { get; set; }

    public DateOnly Starts { get; set; }

    public DateOnly Ends { get; set; }

    public List<AgreementDataset> Datasets { get; set; } = [];

    public List<AgreementPartner> Partners { get; set; } = [];

    public bool IsActiveOn(DateOnly day) => Starts <= day && day <= Ends;
}

public sealed class AgreementDataset
{
    public Guid AgreementId { get; set; }

    public required string DatasetId { get; set; }
}

public sealed class AgreementPartner
{
    public Guid AgreementId { get; set; }

    public required string OrganisationId { get; set; }
}
