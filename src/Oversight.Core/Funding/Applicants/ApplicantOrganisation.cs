using Oversight.Core.Audit;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Applicants;

/// An applying organisation's profile, kept between rounds so it is entered once.
public sealed class ApplicantOrganisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public OrganisationType Type { get; set; }

    public string? CharityNumber { get; set; }

    public string? CompanyNumber { get; set; }

    public required string District { get; set; }

    /// 360Giving org-id, derived from the register numbers when the profile is saved.
    public required string OrgId { get; set; }
}

/// Which applicant organisation a signed-in applicant acts for.
public sealed class ApplicantMember
{
    public required string UserId { get; set; }

    public Guid ApplicantOrganisationId { get; set; }
}

/// A self-registration waiting for its e-mail address to be confirmed. Only a hash of the token is kept.
public sealed class ApplicantRegistration
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    [AuditRedacted]
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }
}
