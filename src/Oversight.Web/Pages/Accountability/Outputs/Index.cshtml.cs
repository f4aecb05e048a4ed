using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Outputs;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Outputs;

[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, ProgrammeOutputs outputs) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Programme { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public IReadOnlyList<ProgrammeOutput> List { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        List = await outputs.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var saved = await outputs.CreateAsync(Name, Programme, Description, cancellationToken);
        if (saved.Id is { } id)
        {
            return Redirect($"/accountability/outputs/{id}");
        }

        AddErrors(saved.Errors);
        List = await outputs.ListAsync(cancellationToken);
        return Page();
    }

    /// The latest confirmed value of each year, newest year first.
    public static IEnumerable<OutputValue> Latest(ProgrammeOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Values.GroupBy(v => v.Period).Select(g => g.MaxBy(v => v.ConfirmedAt)!).OrderByDescending(v => v.Period, StringComparer.Ordinal);
    }
}
