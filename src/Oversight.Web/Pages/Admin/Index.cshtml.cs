using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
