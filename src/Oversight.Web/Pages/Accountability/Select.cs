namespace Oversight.Web.Pages.Accountability;

/// The model of the _Select partial: one GOV.UK select with its label, hint and error.
public sealed record Select(string Name, string Label, IReadOnlyList<Choice> Options, string? Selected, string? Error, string? Hint = null);
