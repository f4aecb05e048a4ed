using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Reporting.Cited;
using Oversight.Domain.Reporting;
using Oversight.Web.Components;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Reporting.Cited;

/// The fields of a cited statistic, shared by the pages that enter and correct one. The page reads the value and
/// the date itself; a field it cannot read is reported beside it and nothing is saved.
public abstract class CitedStatisticForm : FormPageModel
{
    public static readonly IReadOnlyList<Choice> Units =
    [
        new(nameof(FigureFormat.Percentage), "A percentage", "31.4 is printed as 31.4%"),
        new(nameof(FigureFormat.Count), "A number of things", "51576 is printed as 51,576"),
        new(nameof(FigureFormat.Money), "An amount in pounds", "1500000 is printed as £1,500,000.00"),
    ];

    [BindProperty]
    public string? Label { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Publisher { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    [BindProperty]
    public DateParts Retrieved { get; set; } = new();

    /// The input as typed, with the value and date read; a field that does not read gets its error here.
    protected CitedStatisticInput Read(string? key)
    {
        decimal? value = null;
        var text = Value?.Trim().Replace(",", "", StringComparison.Ordinal).TrimEnd('%').TrimStart('£') ?? "";
        if (text.Length > 0)
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Value), "Enter the value as a number, like 31.4");
            }
        }

        DateOnly? retrieved = null;
        if (Retrieved.TryRead("the date retrieved", out var date, out var error))
        {
            retrieved = date;
        }
        else if (!string.IsNullOrWhiteSpace(Retrieved.Day + Retrieved.Month + Retrieved.Year))
        {
            ModelState.AddModelError(nameof(Retrieved), error!);
        }

        FigureFormat? unit = Enum.TryParse<FigureFormat>(Unit, out var u) && Units.Any(c => c.Value == Unit) ? u : null;
        return new CitedStatisticInput(key, Label, value, unit, Period, Publisher, Title, Link, retrieved);
    }

    /// Shows the service's problems beside their fields, leaving out those of a field the page has already reported.
    protected void Show(IEnumerable<Oversight.Domain.FieldError> errors) =>
        AddErrors(errors.Where(e => !HasError(e.Field)));

    protected void Fill(CitedStatistic statistic)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        Label = statistic.Label;
        Value = statistic.Value.ToString("0.####", CultureInfo.InvariantCulture);
        Unit = statistic.Unit.ToString();
        Period = statistic.Period;
        Publisher = statistic.Publisher;
        Title = statistic.Title;
        Link = statistic.Link;
        Retrieved = DateParts.From(statistic.RetrievedOn);
    }
}
