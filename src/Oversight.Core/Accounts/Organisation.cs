using Oversight.Domain.Plan;

namespace Oversight.Core.Accounts;

/// An organisation whose people use Oversight. The id is the plan configuration's slug, so
/// configuration, URLs and data sharing agreements all name organisations the same way.
public sealed class Organisation
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }
}
