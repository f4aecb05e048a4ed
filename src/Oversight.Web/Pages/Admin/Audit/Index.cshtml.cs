using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Audit;
using Oversight.Web.Components;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Audit;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AuditSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = PageLinks.QueryName)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public AuditPage Result { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EntityTypes = await search.EntityTypesAsync(cancellationToken);
        Result = await search.SearchAsync(new AuditQuery(EntityType, EntityId, Actor, From, To, PageNumber), cancellationToken);
    }
}
