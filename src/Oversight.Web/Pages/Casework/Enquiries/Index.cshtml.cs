using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Enquiries;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Enquiries;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(PublicEnquiries enquiries) : FormPageModel
{
    [FromQuery(Name = "queue")]
    public string? Queue { get; set; }

    public string Slug { get; private set; } = "mine";

    public IReadOnlyList<Enquiry> Enquiries { get; private set; } = [];

    public DateOnly Today => enquiries.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var queue = EnquiryText.Queues.FirstOrDefault(q => q.Slug == (Queue ?? "mine"));
        if (queue.Slug is null)
        {
            return NotFound();
        }

        Slug = queue.Slug;
        Enquiries = await enquiries.QueueAsync(queue.Queue, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        return Page();
    }
}
