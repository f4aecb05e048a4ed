using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oversight.Core.Funding.OpenData;

/// The 360Giving JSON package (schema 1.4).
public static class ThreeSixtyGivingJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static byte[] Write(IReadOnlyList<ThreeSixtyGivingGrant> grants, PackageInfo package)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(package);
        var root = new JsonObject
        {
            ["version"] = "1.4",
            ["title"] = package.Title,
            ["description"] = package.Description,
            ["issued"] = package.Issued.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["publisher"] = new JsonObject { ["name"] = package.PublisherName, ["identifier"] = package.PublisherId },
            ["license"] = ThreeSixtyGiving.Licence,
            ["grants"] = new JsonArray([.. grants.Select(Grant)]),
        };
        return JsonSerializer.SerializeToUtf8Bytes(root, Indented);
    }

    private static JsonObject Grant(ThreeSixtyGivingGrant grant)
    {
        var recipient = new JsonObject { ["id"] = grant.RecipientId, ["name"] = grant.RecipientName };
        if (grant.CharityNumber is not null)
        {
            recipient["charityNumber"] = grant.CharityNumber;
        }

        if (grant.CompanyNumber is not null)
        {
            recipient["companyNumber"] = grant.CompanyNumber;
        }

        return new JsonObject
        {
            ["id"] = grant.Id,
            ["title"] = grant.Title,
            ["description"] = grant.Description,
            ["currency"] = "GBP",
            ["amountAppliedFor"] = grant.AmountAppliedFor,
            ["amountAwarded"] = grant.AmountAwarded,
            ["awardDate"] = grant.AwardDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["fromOpenCall"] = "Yes",
            ["recipientOrganization"] = new JsonArray(recipient),
            ["fundingOrganization"] = new JsonArray(new JsonObject { ["id"] = grant.FunderId, ["name"] = grant.FunderName }),
            ["beneficiaryLocation"] = new JsonArray(new JsonObject
            {
                ["name"] = grant.LocationName,
                ["geoCode"] = grant.LocationCode,
                ["geoCodeType"] = grant.LocationCodeType,
                ["countryCode"] = "GB",
            }),
            ["grantProgramme"] = new JsonArray(new JsonObject { ["code"] = grant.ProgrammeCode, ["title"] = grant.ProgrammeTitle }),
        };
    }
}
