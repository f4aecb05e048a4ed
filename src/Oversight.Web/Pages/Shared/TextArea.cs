namespace Oversight.Web.Pages;

/// The model of the _TextArea partial: one GOV.UK textarea. Id and Name differ when the name binds a dictionary entry.
public sealed record TextArea(string Id, string Name, string Label, string? Value, string? Error, int Rows = 3, bool HiddenLabel = false);
