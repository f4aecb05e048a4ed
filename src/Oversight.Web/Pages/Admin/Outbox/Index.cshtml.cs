using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Email;
using Oversight.Web.Components;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Outbox;

/// The e-mail the service has sent or will send, and where each message is; bodies are not shown (they carry links).
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(Core.Email.Outbox outbox) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OutboxStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = PageLinks.QueryName)]
    public int PageNumber { get; set; } = 1;

    public OutboxPage Result { get; private set; } = new([], 1, 1, 0, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await outbox.SearchAsync(new OutboxQuery(Search, Status, PageNumber), cancellationToken);

    public static string StatusText(OutboxRow row) => row.Status switch
    {
        OutboxStatus.Queued when row.Attempts > 0 => "Waiting to retry",
        OutboxStatus.Queued => "Queued",
        OutboxStatus.Sending => "Sending",
        OutboxStatus.Sent => "Sent",
        _ => "Failed",
    };

    public static string StatusTag(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "govuk-tag--green",
        OutboxStatus.Failed => "govuk-tag--red",
        OutboxStatus.Sending => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };
}
