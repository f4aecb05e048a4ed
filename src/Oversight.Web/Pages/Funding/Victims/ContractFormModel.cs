using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Domain;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Funding.Victims;

public abstract class ContractFormModel : FormPageModel
{
    [BindProperty]
    public string? FinancialYear { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public DateParts Starts { get; set; } = new();

    [BindProperty]
    public DateParts Ends { get; set; } = new();

    [BindProperty]
    public string? FundingSource { get; set; }

    [BindProperty]
    public string? Line { get; set; }

    [BindProperty]
    public string? ServiceTypes { get; set; }

    protected void Fill(VictimServiceContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        FinancialYear = contract.FinancialYear;
        Value = contract.Value.ToString("0.##", CultureInfo.InvariantCulture);
        (Starts, Ends) = (DateParts.From(contract.Starts), DateParts.From(contract.Ends));
        FundingSource = contract.FundingSource;
        Line = contract.Line.ToString();
        ServiceTypes = string.Join('\n', contract.ServiceTypes);
    }

    protected (ContractInput Input, List<FieldError> DateErrors) Read(Guid providerId)
    {
        var dateErrors = new List<FieldError>();
        if (!Starts.TryRead("the date the contract starts", out var starts, out var startsError))
        {
            dateErrors.Add(new("Starts", startsError!));
        }

        if (!Ends.TryRead("the date the contract ends", out var ends, out var endsError))
        {
            dateErrors.Add(new("Ends", endsError!));
        }

        return (new ContractInput(providerId, FinancialYear, Value, starts, ends, FundingSource, Line, ServiceTypes), dateErrors);
    }
}
