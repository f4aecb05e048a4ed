using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accounts;
using Oversight.Core.Lists;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Users;

/// Every account on the shared list tool: searched by name, e-mail address or organisation, filtered by role and
/// organisation.
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(UserAccounts accounts) : FormPageModel
{
    [FromQuery(Name = "role")]
    public string? Role { get; set; }

    [FromQuery(Name = "organisation")]
    public string? Organisation { get; set; }

    public ListPage<UserRow> Users { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asked = ListView.Read(Request);
        Users = await accounts.SearchAsync(Role, Organisation, asked, cancellationToken);
        var organisations = await accounts.OrganisationsAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, UserAccounts.Sorts, Users), "Search by name, e-mail address or organisation",
        [
            new ListFilter("role", "Role", Roles.All.Select(r => new Choice(r, RoleNames.Describe(r))).ToList(), Role),
            new ListFilter("organisation", "Organisation", organisations.Select(o => new Choice(o.Id, o.Name)).ToList(), Organisation),
        ]);
    }
}
