using Oversight.Core.Performance.Sharing;

namespace Oversight.Core.Demo;

/// The demo's data sharing agreements, with fixed ids so every demo database is the same.
public static class DemoAgreements
{
    public static readonly Guid SeriousViolenceDutyId = new("0193a1c0-5e00-7000-8000-000000000001");

    private static readonly string[] SeriousViolenceDutyPartners =
    [
        "bradford-council", "calderdale-council", "kirklees-council", "leeds-city-council", "wakefield-council", "west-yorkshire-vrp",
    ];

    public static DataSharingAgreement SeriousViolenceDuty() => new()
    {
        Id = SeriousViolenceDutyId,
        Title = "Serious Violence Duty: police data for local partners",
        Purpose = "The councils and the Violence Reduction Partnership need the force's crime and performance data to "
            + "prepare the strategic needs assessment and response strategy the Serious Violence Duty requires.",
        Starts = new DateOnly(2024, 4, 1),
        Ends = new DateOnly(2028, 3, 31),
        Datasets =
        [
            new() { AgreementId = SeriousViolenceDutyId, DatasetId = "police-open-data" },
            new() { AgreementId = SeriousViolenceDutyId, DatasetId = "police-performance" },
        ],
        Partners =
        [
            .. SeriousViolenceDutyPartners.Select(id => new AgreementPartner { AgreementId = SeriousViolenceDutyId, OrganisationId = id }),
        ],
    };
}
