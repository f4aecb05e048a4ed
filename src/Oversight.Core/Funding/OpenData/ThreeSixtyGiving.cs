using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Spreadsheets;
using Oversight.Domain;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.OpenData;

/// The fund's awarded grants for a financial year in the 360Giving Data Standard, as JSON, CSV or XLSX.
public sealed class ThreeSixtyGiving(OversightDbContext db, IOptions<FundingOptions> options, TimeProvider clock)
{
    public const string Licence = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public static bool TryFormat(string? text, out OpenDataFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    /// Awarded grants whose award date falls in the financial year, oldest first.
    public async Task<List<ThreeSixtyGivingGrant>> GrantsAsync(string financialYear, CancellationToken cancellationToken)
    {
        var (start, end) = FinancialYear.Parse(financialYear) ?? throw new ArgumentException($"\"{financialYear}\" is not a financial year like 2024-25", nameof(financialYear));
        var settings = options.Value;
        var rows = await db.FundingApplications.AsNoTracking()
            .Where(a => (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.ApprovedReduced) && a.DecidedOn >= start && a.DecidedOn <= end)
            .Select(a => new
            {
                a.Reference,
                a.ProjectTitle,
                a.Summary,
                a.Amount,
                a.AwardedAmount,
                a.DecidedOn,
                a.District,
                a.Round!.Number,
                RoundName = a.Round.Name,
                a.ApplicantOrganisation!.OrgId,
                a.ApplicantOrganisation.Name,
                a.ApplicantOrganisation.CharityNumber,
                a.ApplicantOrganisation.CompanyNumber,
            })
            .OrderBy(a => a.DecidedOn).ThenBy(a => a.Reference)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ThreeSixtyGivingGrant(
            GrantIdentifiers.GrantId(settings.ThreeSixtyGivingPrefix, r.Reference),
            OneLine(r.ProjectTitle),
            Describe(r.ProjectTitle, r.Summary, r.District, settings.FundName),
            r.Amount,
            r.AwardedAmount ?? r.Amount,
            r.DecidedOn!.Value,
            OneLine(r.OrgId),
            OneLine(r.Name),
            r.CharityNumber,
            r.CompanyNumber,
            r.District,
            Districts.OnsCodes.GetValueOrDefault(r.District, Districts.OnsCodes[Districts.WestYorkshire]),
            Districts.CodeType(r.District),
            GrantIdentifiers.GrantId(settings.ThreeSixtyGivingPrefix, "SCF-R" + r.Number.ToString(CultureInfo.InvariantCulture)),
            $"{settings.FundName} - {r.RoundName}",
            settings.FunderId,
            settings.FunderName)).ToList();
    }

    /// The file, or null when nothing was awarded that year (a 360Giving package must hold at least one grant).
    public async Task<OpenDataFile?> ExportAsync(string financialYear, OpenDataFormat format, CancellationToken cancellationToken)
    {
        var grants = await GrantsAsync(financialYear, cancellationToken);
        if (grants.Count == 0)
        {
            return null;
        }

        var name = $"360giving-safer-communities-fund-{financialYear}";
        return format switch
        {
            OpenDataFormat.Json => new($"{name}.json", "application/json", ThreeSixtyGivingJson.Write(grants, Package(financialYear))),
            OpenDataFormat.Csv => new($"{name}.csv", SpreadsheetWriter.CsvType, ThreeSixtyGivingSheet.Csv(grants)),
            _ => new($"{name}.xlsx", SpreadsheetWriter.XlsxType, ThreeSixtyGivingSheet.Xlsx(grants, Package(financialYear))),
        };
    }

    private PackageInfo Package(string financialYear) => new(
        $"{options.Value.FundName} grants {financialYear}",
        $"Grants awarded by the {options.Value.FunderName} through the {options.Value.FundName} in the financial year {financialYear}.",
        clock.GetUtcNow(),
        options.Value.FunderName,
        options.Value.FunderId);

    // Applicants write the summary; if it holds anything like contact details, publish a plain description instead.
    private static string Describe(string title, string summary, string district, string fund)
    {
        var text = OneLine(summary);
        return text.Length == 0 || PersonalDataCheck.LooksPersonal(text) || text == OneLine(title)
            ? $"A community safety project in {district} funded by the {fund}."
            : text;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed record PackageInfo(string Title, string Description, DateTimeOffset Issued, string PublisherName, string PublisherId);
