using Oversight.Core.Accounts;

namespace Oversight.Core.Performance;

/// Who is asking to read or submit measure values: what decides it is their role and their organisation.
public sealed record MeasureUser(string Id, string Name, string Role, string OrganisationId)
{
    public bool IsOfficeStaff => Roles.OfficeOnly.Contains(Role);
}
