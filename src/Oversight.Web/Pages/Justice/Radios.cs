namespace Oversight.Web.Pages.Justice;

/// A GOV.UK radio group; the first radio carries the field's id so the error summary's link lands on it.
public sealed record Radios(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected, string? Error);

/// A GOV.UK select with its label and error.
public sealed record Select(string Name, string Label, IReadOnlyList<string> Options, string? Selected, string? Error);
