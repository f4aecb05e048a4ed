using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Oversight.Core.Funding.OpenData;

/// The spreadsheet forms (UTF-8 CSV and XLSX) with 360Giving's official column titles, one grant per row.
public static class ThreeSixtyGivingSheet
{
    public static byte[] Csv(IReadOnlyList<ThreeSixtyGivingGrant> grants)
    {
        var rows = Rows(grants);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var title in Titles)
            {
                csv.WriteField(title);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var title in Titles)
                {
                    csv.WriteField(row[title] is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : row[title]?.ToString());
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<ThreeSixtyGivingGrant> grants, PackageInfo package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var meta = new List<Dictionary<string, object?>>
        {
            new(StringComparer.Ordinal) { ["Field"] = "Title", ["Value"] = package.Title },
            new(StringComparer.Ordinal) { ["Field"] = "Description", ["Value"] = package.Description },
            new(StringComparer.Ordinal) { ["Field"] = "Publisher:Name", ["Value"] = package.PublisherName },
            new(StringComparer.Ordinal) { ["Field"] = "Publisher:Identifier", ["Value"] = package.PublisherId },
            new(StringComparer.Ordinal) { ["Field"] = "License", ["Value"] = ThreeSixtyGiving.Licence },
            new(StringComparer.Ordinal) { ["Field"] = "Issued", ["Value"] = package.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        };
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal) { ["grants"] = Rows(grants), ["Meta"] = meta };
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    public static readonly IReadOnlyList<string> Titles =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded", "Award Date",
        "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
        "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Beneficiary Location:Country Code",
        "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", "From An Open Call?",
    ];

    private static List<Dictionary<string, object?>> Rows(IReadOnlyList<ThreeSixtyGivingGrant> grants) =>
    [
        .. grants.Select(g => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Identifier"] = g.Id,
            ["Title"] = g.Title,
            ["Description"] = g.Description,
            ["Currency"] = "GBP",
            ["Amount Applied For"] = g.AmountAppliedFor,
            ["Amount Awarded"] = g.AmountAwarded,
            ["Award Date"] = g.AwardDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Recipient Org:Identifier"] = g.RecipientId,
            ["Recipient Org:Name"] = g.RecipientName,
            ["Recipient Org:Charity Number"] = g.CharityNumber,
            ["Recipient Org:Company Number"] = g.CompanyNumber,
            ["Beneficiary Location:Name"] = g.LocationName,
            ["Beneficiary Location:Geographic Code"] = g.LocationCode,
            ["Beneficiary Location:Geographic Code Type"] = g.LocationCodeType,
            ["Beneficiary Location:Country Code"] = "GB",
            ["Funding Org:Identifier"] = g.FunderId,
            ["Funding Org:Name"] = g.FunderName,
            ["Grant Programme:Code"] = g.ProgrammeCode,
            ["Grant Programme:Title"] = g.ProgrammeTitle,
            ["From An Open Call?"] = "Yes",
        }),
    ];
}
