using System.Text.Json.Serialization;

namespace Oversight.Web.Components;

/// The class and attributes of an item's label.
public class ItemLabelOptions
{
    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }
}

public class ConditionalOptions
{
    public string? Html { get; set; }
}

/// One radio or checkbox, or a divider between them.
public class ChoiceItem : Content
{
    public string? Id { get; set; }

    public string? Value { get; set; }

    public ItemLabelOptions? Label { get; set; }

    public HintOptions? Hint { get; set; }

    public string? Divider { get; set; }

    public bool? Checked { get; set; }

    public ConditionalOptions? Conditional { get; set; }

    public bool Disabled { get; set; }

    public Attributes? Attributes { get; set; }
}

/// One checkbox: a radio item that may post under its own name and may clear the others ("exclusive").
public class CheckboxItem : ChoiceItem
{
    public string? Name { get; set; }

    public string? Behaviour { get; set; }
}

/// What radios and checkboxes share.
public abstract class ChoicesOptions<TItem>
    where TItem : ChoiceItem
{
    public string? Name { get; set; }

    public string? IdPrefix { get; set; }

    public IReadOnlyList<TItem?> Items { get; set; } = [];

    public FieldsetOptions? Fieldset { get; set; }

    public HintOptions? Hint { get; set; }

    public ErrorMessageOptions? ErrorMessage { get; set; }

    public FormGroupOptions? FormGroup { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public string? IdPrefixOrName => string.IsNullOrEmpty(IdPrefix) ? Name : IdPrefix;

    [JsonIgnore]
    public string? FieldName => Name;

    /// The first item's id, where an error summary's link lands.
    [JsonIgnore]
    public string? FieldId => Items.FirstOrDefault(i => i is not null && i.Divider is null)?.Id ?? IdPrefixOrName;

    /// The id of the item at a 1-based position: its own, else the prefix, numbered after the first.
    public string ItemId(ChoiceItem item, int index)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !string.IsNullOrEmpty(item.Id) ? item.Id : IdPrefixOrName + (index > 1 ? "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }
}

public class RadiosOptions : ChoicesOptions<ChoiceItem>, IComponentOptions
{
    public string? Value { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Radios);

    public bool IsChecked(ChoiceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Checked == true || (!string.IsNullOrEmpty(Value) && item.Value == Value && item.Checked != false);
    }
}

public class CheckboxesOptions : ChoicesOptions<CheckboxItem>, IComponentOptions
{
    public IReadOnlyList<string>? Values { get; set; }

    public string? DescribedBy { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Checkboxes);

    public bool IsChecked(ChoiceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Checked == true || (Values is { Count: > 0 } && item.Value is not null && Values.Contains(item.Value) && item.Checked != false);
    }
}
