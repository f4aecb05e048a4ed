namespace Oversight.Core.Funding.OpenData;

/// One awarded grant as 360Giving publishes it: no people, no contact details, only the organisation.
public sealed record ThreeSixtyGivingGrant(
    string Id,
    string Title,
    string Description,
    decimal AmountAppliedFor,
    decimal AmountAwarded,
    DateOnly AwardDate,
    string RecipientId,
    string RecipientName,
    string? CharityNumber,
    string? CompanyNumber,
    string LocationName,
    string LocationCode,
    string LocationCodeType,
    string ProgrammeCode,
    string ProgrammeTitle,
    string FunderId,
    string FunderName);

public enum OpenDataFormat
{
    Json,
    Csv,
    Xlsx,
}

public sealed record OpenDataFile(string FileName, string ContentType, byte[] Content);
