using System.Globalization;
using Oversight.Web.Forms;

namespace Oversight.Web.Components;

// Shorthands for the form fields Oversight's pages write, in the house style (small legends and radios, the field's
// own name as the first input's id so the error summary's link lands on it). Each gives the component's options.

/// Something a page renders through a component: <c>@await Html.GovukAsync(new DateField(…))</c>.
public interface IField
{
    IComponentOptions ToOptions();
}

/// One radio, checkbox or select option: the value it posts, its label and an optional hint.
public sealed record Choice(string Value, string Label, string? Hint = null)
{
    /// Options whose values are their labels.
    public static IReadOnlyList<Choice> Of(IEnumerable<string> labels) => labels.Select(l => new Choice(l, l)).ToList();
}

internal static class FieldParts
{
    public static ErrorMessageOptions? Error(string? error) => error is null ? null : new ErrorMessageOptions { Text = error };

    public static HintOptions? Hint(string? hint) => hint is null ? null : new HintOptions { Text = hint };

    public static FieldsetOptions Legend(string legend) => new() { Legend = new LegendOptions { Text = legend, Classes = "govuk-fieldset__legend--s" } };

    /// A date input with a small legend. The hint and error take their ids from the name (Name-hint, Name-error); the
    /// group itself gets another, as the first box has the field's name as its id.
    public static DateInputOptions Date(string name, string legend, string? error, string? hint, IReadOnlyList<DateInputItem?> boxes) => new()
    {
        Id = name,
        Attributes = new Attributes { ["id"] = name + "-date" },
        Fieldset = Legend(legend),
        Hint = Hint(hint),
        ErrorMessage = Error(error),
        Items = boxes,
    };

    /// The first item takes the field's name as its id; the others add their value, made safe for an id.
    public static string ItemId(string name, int index, string value) =>
        index == 0 ? name : name + "-" + string.Concat(value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}

/// A radio group with a small legend.
public sealed record RadiosField(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected, string? Error, string? Hint = null, bool Inline = false) : IField
{
    public IComponentOptions ToOptions() => new RadiosOptions
    {
        Name = Name,
        Value = Selected,
        Classes = Inline ? "govuk-radios--small govuk-radios--inline" : "govuk-radios--small",
        Fieldset = FieldParts.Legend(Legend),
        Hint = FieldParts.Hint(Hint),
        ErrorMessage = FieldParts.Error(Error),
        Items = Choices.Select((c, i) => (ChoiceItem?)new ChoiceItem
        {
            Id = FieldParts.ItemId(Name, i, c.Value),
            Value = c.Value,
            Text = c.Label,
            Hint = FieldParts.Hint(c.Hint),
            Checked = Selected is not null && c.Value == Selected,
        }).ToList(),
    };
}

/// A group of small checkboxes with a small legend.
public sealed record CheckboxesField(string Name, string Legend, string? Hint, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected, string? Error) : IField
{
    public IComponentOptions ToOptions() => new CheckboxesOptions
    {
        Name = Name,
        Classes = "govuk-checkboxes--small",
        Fieldset = FieldParts.Legend(Legend),
        Hint = FieldParts.Hint(Hint),
        ErrorMessage = FieldParts.Error(Error),
        Items = Choices.Select((c, i) => (CheckboxItem?)new CheckboxItem
        {
            Id = FieldParts.ItemId(Name, i, c.Value),
            Value = c.Value,
            Text = c.Label,
            Hint = FieldParts.Hint(c.Hint),
            Checked = Selected.Contains(c.Value),
        }).ToList(),
    };
}

/// A select; <paramref name="Blank"/> is the text of a first option that posts nothing ("Choose", "Not known").
public sealed record SelectField(string Name, string Label, IReadOnlyList<Choice> Options, string? Selected, string? Error, string? Hint = null, string? Blank = null, string? Id = null, string? LabelClasses = null) : IField
{
    public IComponentOptions ToOptions() => new SelectOptions
    {
        Id = Id,
        Name = Name,
        Label = new LabelOptions { Text = Label, Classes = LabelClasses },
        Hint = FieldParts.Hint(Hint),
        ErrorMessage = FieldParts.Error(Error),
        Items = (Blank is null ? [] : new[] { new SelectItem { Value = "", Text = Blank } })
            .Concat(Options.Select(o => new SelectItem { Value = o.Value, Text = o.Label, Selected = o.Value == Selected }))
            .Select(i => (SelectItem?)i).ToList(),
    };
}

/// A date as day, month and year boxes posted as Name.Day, Name.Month and Name.Year; the day box has the field's id.
public sealed record DateField(string Name, string Legend, DateParts Value, string? Error, string? Hint = "For example, 1 4 2024") : IField
{
    public IComponentOptions ToOptions() => FieldParts.Date(Name, Legend, Error, Hint,
    [
        new DateInputItem { Id = Name, Name = Name + ".Day", Label = "Day", Value = Value.Day, Classes = "govuk-input--width-2" },
        new DateInputItem { Id = Name + "-Month", Name = Name + ".Month", Label = "Month", Value = Value.Month, Classes = "govuk-input--width-2" },
        new DateInputItem { Id = Name + "-Year", Name = Name + ".Year", Label = "Year", Value = Value.Year, Classes = "govuk-input--width-4" },
    ]);
}

/// A month as month and year boxes posted as Name-month and Name-year; the month box has the field's id.
public sealed record MonthField(string Name, string Legend, MonthParts Value, string? Error, string? Hint = "For example, 4 2024") : IField
{
    public IComponentOptions ToOptions() => FieldParts.Date(Name, Legend, Error, Hint,
    [
        new DateInputItem { Id = Name, Name = Name + "-month", Label = "Month", Value = Value.Month, Classes = "govuk-input--width-2" },
        new DateInputItem { Id = Name + "-year", Name = Name + "-year", Label = "Year", Value = Value.Year, Classes = "govuk-input--width-4" },
    ]);
}

/// A text input with its label, hint and error.
public sealed record TextField(
    string Name, string Label, string? Value, string? Error, string? Autocomplete = null, string Type = "text", string? Hint = null,
    string? Id = null, string? Classes = null, string? Inputmode = null) : IField
{
    public IComponentOptions ToOptions() => new InputOptions
    {
        Id = Id,
        Name = Name,
        Classes = Classes,
        Inputmode = Inputmode,
        Label = new LabelOptions { Text = Label },
        Value = Value,
        Type = Type,
        Autocomplete = Autocomplete,
        Spellcheck = false,
        Hint = FieldParts.Hint(Hint),
        ErrorMessage = FieldParts.Error(Error),
    };
}

/// A textarea. Id and Name differ when the name binds a dictionary entry.
public sealed record TextAreaField(string Id, string Name, string Label, string? Value, string? Error, int Rows = 3, bool HiddenLabel = false, string? Hint = null) : IField
{
    public IComponentOptions ToOptions() => new TextareaOptions
    {
        Id = Id,
        Name = Name,
        Label = new LabelOptions { Text = Label, Classes = HiddenLabel ? "govuk-visually-hidden" : null },
        Value = Value,
        Rows = Rows,
        Hint = FieldParts.Hint(Hint),
        ErrorMessage = FieldParts.Error(Error),
    };
}

/// A list's previous and next links: the current query string with only the page number changed, so filters survive paging.
public sealed record PageLinks(HttpRequest Request, int Page, int PageCount) : IField
{
    /// Not "page": Razor Pages keeps the page's own name in the route value of that name, which binding reads first.
    public const string QueryName = "p";

    public string Link(int page)
    {
        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var (key, value) in Request.Query.Where(q => q.Key != QueryName))
        {
            query.Add(key, value.ToArray()!);
        }

        query.Add(QueryName, page.ToString(CultureInfo.InvariantCulture));
        return Request.Path + query.ToQueryString().Value;
    }

    public IComponentOptions ToOptions() => new PaginationOptions
    {
        LandmarkLabel = "Pages of results",
        Previous = Page > 1 ? new PaginationLink { Href = Link(Page - 1) } : null,
        Next = Page < PageCount ? new PaginationLink { Href = Link(Page + 1) } : null,
        Items = Numbers().Select(n => (PaginationItem?)(n is { } number
            ? new PaginationItem { Number = number.ToString(CultureInfo.InvariantCulture), Href = Link(number), Current = number == Page }
            : new PaginationItem { Ellipsis = true })).ToList(),
    };

    /// GOV.UK's pattern: the first and last pages, the current one and its neighbours, and an ellipsis (null) for each gap.
    private IEnumerable<int?> Numbers()
    {
        int? last = null;
        foreach (var n in Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - Page) <= 1))
        {
            if (last is { } l && n > l + 1)
            {
                yield return null;
            }

            yield return n;
            last = n;
        }
    }
}

/// One checkbox that posts "true" under its own name.
public sealed record TickBox(string Name, string Label, bool Checked, string? Hint = null);

/// Checkboxes that each post "true" under their own name (without a legend); the error, if any, belongs to the first.
public sealed record TickBoxes(IReadOnlyList<TickBox> Boxes, string? Error = null) : IField
{
    public IComponentOptions ToOptions() => new CheckboxesOptions
    {
        IdPrefix = Boxes[0].Name,
        Classes = "govuk-checkboxes--small",
        ErrorMessage = FieldParts.Error(Error),
        Items = Boxes.Select(b => (CheckboxItem?)new CheckboxItem
        {
            Id = b.Name,
            Name = b.Name,
            Value = "true",
            Text = b.Label,
            Checked = b.Checked,
            Hint = FieldParts.Hint(b.Hint),
        }).ToList(),
    };
}
