using Oversight.Web.Custody;

namespace Oversight.Web.Pages.Custody.Visits;

/// One text input on the visit form, where the id differs from the bound name (rows of detainees and issues).
public sealed record FieldInput(string Name, string Label, string? Value, string? Error, string? Hint = null, string Width = "", bool Numeric = false, string Type = "text")
{
    public string Id => CustodyText.IdFor(Name);
}
