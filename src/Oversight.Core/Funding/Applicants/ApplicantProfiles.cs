using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Applicants;

public sealed record ProfileInput(string? Name, string? Type, string? CharityNumber, string? CompanyNumber, string? District);

/// The organisation an applicant acts for. Every applicant query goes through here, so one applicant never
/// reaches another organisation's records.
public sealed class ApplicantProfiles(OversightDbContext db, IOptions<FundingOptions> options)
{
    public async Task<ApplicantOrganisation?> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var id = await OrganisationIdAsync(userId, cancellationToken);
        return id is null ? null : await db.ApplicantOrganisations.FindAsync([id.Value], cancellationToken);
    }

    public async Task<Guid?> OrganisationIdAsync(string userId, CancellationToken cancellationToken) =>
        await db.ApplicantMembers.Where(m => m.UserId == userId).Select(m => (Guid?)m.ApplicantOrganisationId).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<FieldError>> SaveAsync(string userId, ProfileInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(new("Name", "Enter the name of your organisation"));
        }

        if (!Enum.TryParse<OrganisationType>(input.Type, out var type) || !Enum.IsDefined(type))
        {
            errors.Add(new("Type", "Select the type of organisation"));
        }

        if (GrantIdentifiers.CharityNumberError(input.CharityNumber) is { } charity)
        {
            errors.Add(new("CharityNumber", charity));
        }

        if (GrantIdentifiers.CompanyNumberError(input.CompanyNumber) is { } company)
        {
            errors.Add(new("CompanyNumber", company));
        }

        if (input.District is null || !Districts.All.Contains(input.District))
        {
            errors.Add(new("District", "Select the district your organisation is based in"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var charityNumber = Blank(input.CharityNumber);
        var companyNumber = Blank(input.CompanyNumber)?.ToUpperInvariant();
        var orgId = GrantIdentifiers.OrgId(options.Value.ThreeSixtyGivingPrefix, charityNumber, companyNumber, input.Name!.Trim());
        var organisation = await ForUserAsync(userId, cancellationToken);
        if (organisation is null)
        {
            organisation = new ApplicantOrganisation { Name = input.Name!.Trim(), District = input.District!, OrgId = orgId };
            db.ApplicantOrganisations.Add(organisation);
            db.ApplicantMembers.Add(new ApplicantMember { UserId = userId, ApplicantOrganisationId = organisation.Id });
        }

        organisation.Name = input.Name!.Trim();
        organisation.Type = type;
        organisation.CharityNumber = charityNumber;
        organisation.CompanyNumber = companyNumber;
        organisation.District = input.District!;
        organisation.OrgId = orgId;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
