namespace Oversight.Web.Pages;

/// The model of the _TextInput partial: one GOV.UK text input with its label, hint and error.
public sealed record TextInput(string Name, string Label, string? Value, string? Error, string? Autocomplete = null, string Type = "text", string? Hint = null);
