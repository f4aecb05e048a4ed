using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Precept;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Precept;

/// Records a year's precept requirement and each billing authority's tax base; recording a year again replaces it.
[Authorize(Policy = Policies.Accountability)]
public sealed class NewModel(CurrentUser current, PreceptRecords records, PoliceDataConfiguration force) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? Requirement { get; set; }

    [BindProperty]
    public Dictionary<string, string?> TaxBases { get; set; } = [];

    public IReadOnlyList<District> Districts => force.Districts;

    public static string Field(District district) => "TaxBase-" + district?.Id;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await RefuseReaderAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var requirementRead = decimal.TryParse(Requirement?.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var requirement);
        var lines = new List<TaxBaseLine>();
        foreach (var district in Districts)
        {
            if (decimal.TryParse(TaxBases.GetValueOrDefault(district.Id)?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                lines.Add(new TaxBaseLine(district.Name, value));
            }
            else
            {
                ModelState.AddModelError(Field(district), $"Enter the tax base of {district.Name} as a number of Band D equivalents, like 140312.55");
            }
        }

        var saved = await records.SaveAsync(Year, requirementRead ? requirement : 0, lines.Count == Districts.Count ? lines : [new TaxBaseLine("", 0)], Me.Name, cancellationToken);
        if (saved.Succeeded && ModelState.ErrorCount == 0)
        {
            return Redirect($"/accountability/precept?year={Uri.EscapeDataString(Year!.Trim())}");
        }

        AddErrors(saved.Errors.Where(e => e.Field != "TaxBases"));
        return Page();
    }
}
