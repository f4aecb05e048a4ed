using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Performance.Sharing;

/// The fields, choices and checks shared by the pages that create and change an agreement.
public abstract class AgreementFormModel(PoliceAndCrimePlan plan, OversightDbContext db) : FormPageModel
{
    // The order fields appear on the page, which the error summary follows.
    private static readonly string[] FieldOrder = [nameof(Title), nameof(Purpose), nameof(Starts), nameof(Ends), nameof(Datasets), nameof(Partners)];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public DateParts Starts { get; set; } = new();

    [BindProperty]
    public DateParts Ends { get; set; } = new();

    [BindProperty]
    public List<string> Datasets { get; set; } = [];

    [BindProperty]
    public List<string> Partners { get; set; } = [];

    public IReadOnlyList<Dataset> DatasetChoices => plan.Datasets;

    public IReadOnlyList<Organisation> PartnerChoices { get; private set; } = [];

    public abstract string Heading { get; }

    public string OwnerOf(Dataset dataset) => plan.Organisations.FirstOrDefault(o => o.Id == dataset?.Owner)?.Name ?? dataset?.Owner ?? "";

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        PartnerChoices = await db.Organisations.Where(o => o.Kind != OrganisationKind.Office).OrderBy(o => o.Name).ToListAsync(cancellationToken);

    /// Reads the form. Dates that cannot be read come back as errors, and the details then hold stand-in dates
    /// that are only good for checking the other fields.
    protected (AgreementDetails Details, List<FieldError> DateErrors) Read()
    {
        var errors = new List<FieldError>();
        if (!Starts.TryRead("the date the agreement starts", out var starts, out var startsError))
        {
            errors.Add(new(nameof(Starts), startsError!));
        }

        if (!Ends.TryRead("the date the agreement ends", out var ends, out var endsError))
        {
            errors.Add(new(nameof(Ends), endsError!));
        }

        return (new AgreementDetails(Title ?? "", Purpose ?? "", starts, errors.Count > 0 ? starts : ends, Datasets, Partners), errors);
    }

    protected void AddErrorsInFormOrder(IEnumerable<FieldError> errors)
    {
        ModelState.AddErrors(errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Field)));
    }

    protected void Fill(DataSharingAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        Title = agreement.Title;
        Purpose = agreement.Purpose;
        Starts = DateParts.From(agreement.Starts);
        Ends = DateParts.From(agreement.Ends);
        Datasets = agreement.Datasets.Select(d => d.DatasetId).ToList();
        Partners = agreement.Partners.Select(p => p.OrganisationId).ToList();
    }
}
