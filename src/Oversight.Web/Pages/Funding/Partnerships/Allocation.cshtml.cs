using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Partnerships;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Pages.Casework;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Partnerships;

/// One partnership's allocation: its plan, and its quarterly returns as they arrive.
[Authorize(Policy = Policies.Funding)]
public sealed class AllocationModel(CommunitySafetyFund fund) : FormPageModel
{
    public static IReadOnlyList<Choice> Quarters { get; } =
        [new("1", "April to June"), new("2", "July to September"), new("3", "October to December"), new("4", "January to March")];

    public CsfAllocation Allocation { get; private set; } = null!;

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Plan { get; set; }

    [BindProperty]
    public DateParts PlanAgreedOn { get; set; } = new();

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public string? Spend { get; set; }

    [BindProperty]
    public string? Outputs { get; set; }

    [BindProperty]
    public string? CaseStudy { get; set; }

    [BindProperty]
    public DateParts ReceivedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Amount = Allocation.Amount.ToString("0.##", CultureInfo.InvariantCulture);
        Plan = Allocation.Plan;
        PlanAgreedOn = CaseworkForm.Parts(Allocation.PlanAgreedOn);
        ReceivedOn = DateParts.From(fund.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var agreedOn = CaseworkForm.Optional(ModelState, nameof(PlanAgreedOn), PlanAgreedOn, "the date the plan was agreed");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await fund.SavePlanAsync(id, Amount, Plan, agreedOn, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/funding/community-safety-fund/{id}") : Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var receivedOn = CaseworkForm.Optional(ModelState, nameof(ReceivedOn), ReceivedOn, "the date the return was received");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await fund.SubmitReturnAsync(id, Quarter, Spend, Outputs, CaseStudy, receivedOn, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/funding/community-safety-fund/{id}") : Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await fund.FindAsync(id, cancellationToken) is not { } allocation)
        {
            return false;
        }

        Allocation = allocation;
        return true;
    }
}
