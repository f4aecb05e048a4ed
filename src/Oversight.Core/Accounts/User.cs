using Microsoft.AspNetCore.Identity;

namespace Oversight.Core.Accounts;

public sealed class User : IdentityUser
{
    public required string DisplayName { get; set; }

    public required string OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// The named posts of the scheme of delegation the user holds (`mayor`, `grants-manager`), by the scheme's ids.
    public List<string> Posts { get; set; } = [];
}
