using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;

namespace Oversight.Web.Pages.Funding.SaferStreets;

/// The fields of a Safer Streets project, shared by the pages that add and change one.
public abstract class ProjectFormModel : FormPageModel
{
    [BindProperty]
    public string? Focus { get; set; }

    [BindProperty]
    public string? District { get; set; }

    [BindProperty]
    public string? Intervention { get; set; }

    [BindProperty]
    public string? FundingYear { get; set; }

    [BindProperty]
    public string? Budget { get; set; }

    [BindProperty]
    public string? Spend { get; set; }

    public static string Round => Victims.IndexModel.SaferStreets;

    protected SaferStreetsProjectInput Input => new(Round, Focus, District, Intervention, FundingYear?.Trim(), Budget, Spend);
}
