namespace Oversight.Web.Pages;

/// The model of the _Checkboxes partial: a GOV.UK checkbox group with its legend, hint and error.
public sealed record Checkboxes(string Name, string Legend, string? Hint, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected, string? Error);

/// One checkbox: the value it posts, its label and an optional hint.
public sealed record Choice(string Value, string Label, string? Hint);
