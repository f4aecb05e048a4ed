using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Email;
using Oversight.Core.Lists;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Outbox;

/// The e-mail the service has sent or will send, and where each message is; bodies are not shown (they carry links).
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(Core.Email.Outbox outbox) : FormPageModel
{
    [FromQuery(Name = "status")]
    public OutboxStatus? Status { get; set; }

    public bool Configured => outbox.Configured;

    public ListPage<OutboxRow> Result { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asked = ListView.Read(Request);
        Result = await outbox.SearchAsync(Status, asked, cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, Core.Email.Outbox.Sorts, Result), "Search by recipient or subject",
        [
            new ListFilter("status", "Status", Enum.GetValues<OutboxStatus>().Select(s => new Choice(s.ToString(), s.ToString())).ToList(), Status?.ToString()),
        ]);
    }

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
