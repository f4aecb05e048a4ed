using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
