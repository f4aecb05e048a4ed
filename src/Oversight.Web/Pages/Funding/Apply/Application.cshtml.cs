using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Grants;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
public sealed class ApplicationModel(CurrentUser current, FundingApplications applications, ApplicationDocuments documents, GrantManagement grants) : FormPageModel
{
    public const int BudgetRows = 6;
    public const int OutcomeRows = 3;

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? StrandCode { get; set; }

    [BindProperty]
    public string? ProjectTitle { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? District { get; set; }

    [BindProperty]
    public string? Wards { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Partners { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? PeopleExpected { get; set; }

    [BindProperty]
    public List<string> Priorities { get; set; } = [];

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    [BindProperty]
    public List<string> Focuses { get; set; } = [];

    [BindProperty]
    public List<string?> BudgetItem { get; set; } = [];

    [BindProperty]
    public List<string?> BudgetAmount { get; set; } = [];

    [BindProperty]
    public List<string?> OutcomeDescription { get; set; } = [];

    [BindProperty]
    public List<string?> OutcomeIndicator { get; set; } = [];

    public FundingApplication Application { get; private set; } = null!;

    public IReadOnlyList<ApplicationDocument> Documents { get; private set; } = [];

    public Guid GrantId { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var input = new ApplicationInput(
            StrandCode, ProjectTitle, Summary, District, Wards, Area, Partners, Amount, PeopleExpected, Priorities, Themes, Focuses,
            Enumerable.Range(0, BudgetRows).Select(i => new BudgetInput(BudgetItem.ElementAtOrDefault(i), BudgetAmount.ElementAtOrDefault(i))).ToList(),
            Enumerable.Range(0, OutcomeRows).Select(i => new OutcomeInput(OutcomeDescription.ElementAtOrDefault(i), OutcomeIndicator.ElementAtOrDefault(i))).ToList());
        var errors = await applications.SaveAsync(me.Id, id, input, cancellationToken);
        if (errors.Count == 0 && Action == "submit")
        {
            errors = await applications.SubmitAsync(me.Id, id, cancellationToken);
            if (errors.Count == 0)
            {
                return Redirect($"/funding/apply/applications/{id}/submitted");
            }
        }

        ModelState.Clear();
        ModelState.AddErrors(errors);
        Saved = errors.Count == 0;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var application = await applications.FindAsync(me.Id, id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Documents = await documents.ListAsync(id, cancellationToken);
        GrantId = application.IsAwarded ? await grants.GrantIdForApplicationAsync(id, cancellationToken) : Guid.Empty;
        return true;
    }

    private void Fill()
    {
        var a = Application;
        (StrandCode, ProjectTitle, Summary, District, Wards, Area, Partners) = (a.StrandCode, a.ProjectTitle, a.Summary, a.District, a.Wards, a.Area, a.Partners);
        Amount = a.Amount == 0 ? null : a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        PeopleExpected = a.PeopleExpected == 0 ? null : a.PeopleExpected.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Priorities = a.PriorityCodes;
        Themes = a.ThemeCodes;
        Focuses = a.FocusCodes;
        BudgetItem = a.BudgetLines.OrderBy(b => b.Order).Select(b => (string?)b.Item).ToList();
        BudgetAmount = a.BudgetLines.OrderBy(b => b.Order).Select(b => (string?)b.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        OutcomeDescription = a.Outcomes.OrderBy(o => o.Order).Select(o => (string?)o.Description).ToList();
        OutcomeIndicator = a.Outcomes.OrderBy(o => o.Order).Select(o => (string?)o.Indicator).ToList();
    }
}
