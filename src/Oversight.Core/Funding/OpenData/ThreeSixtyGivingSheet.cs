using System.Globalization;
using Oversight.Core.Spreadsheets;

namespace Oversight.Core.Funding.OpenData;

/// The spreadsheet forms (UTF-8 CSV and XLSX) with 360Giving's official column titles, one grant per row.
public static class ThreeSixtyGivingSheet
{
    public static byte[] Csv(IReadOnlyList<ThreeSixtyGivingGrant> grants) => SpreadsheetWriter.Csv(Grants(grants));

    public static byte[] Xlsx(IReadOnlyList<ThreeSixtyGivingGrant> grants, PackageInfo package)
    {
        ArgumentNullException.ThrowIfNull(package);
        IReadOnlyList<object?>[] meta =
        [
            ["Title", package.Title],
            ["Description", package.Description],
            ["Publisher:Name", package.PublisherName],
            ["Publisher:Identifier", package.PublisherId],
            ["License", ThreeSixtyGiving.Licence],
            ["Issued", package.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
        ];
        return SpreadsheetWriter.Xlsx([Grants(grants), new Sheet("Meta", ["Field", "Value"], meta)]);
    }

    public static readonly IReadOnlyList<string> Titles =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded", "Award Date",
        "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
        "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Beneficiary Location:Country Code",
        "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", "From An Open Call?",
    ];

    private static Sheet Grants(IReadOnlyList<ThreeSixtyGivingGrant> grants) => new("grants", Titles, grants.Select(g => (IReadOnlyList<object?>)
    [
        g.Id, g.Title, g.Description, "GBP", g.AmountAppliedFor, g.AmountAwarded, g.AwardDate,
        g.RecipientId, g.RecipientName, g.CharityNumber, g.CompanyNumber,
        g.LocationName, g.LocationCode, g.LocationCodeType, "GB",
        g.FunderId, g.FunderName, g.ProgrammeCode, g.ProgrammeTitle, "Yes",
    ]));
}
