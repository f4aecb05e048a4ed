using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Lists;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Enquiries;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(PublicEnquiries enquiries, IOptions<CaseworkOptions> options) : FormPageModel
{
    [FromQuery(Name = "queue")]
    public string? Queue { get; set; }

    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    public string Slug { get; private set; } = "mine";

    public ListPage<EnquiryRow> Enquiries { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public DateOnly Today => enquiries.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var queue = EnquiryText.Queues.FirstOrDefault(q => q.Slug == (Queue ?? "mine"));
        if (queue.Slug is null)
        {
            return NotFound();
        }

        Slug = queue.Slug;
        var asked = ListView.Read(Request);
        Enquiries = await enquiries.QueueAsync(queue.Queue, User.FindFirstValue(ClaimTypes.NameIdentifier), Category, asked, cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, PublicEnquiries.Sorts, Enquiries), "Search by reference, name or subject",
            [new ListFilter("category", "Subject", Choice.Of(options.Value.EnquiryCategories), Category)], "queue");
        return Page();
    }
}
