using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oversight.Web.Components;

/// One box of a date input.
public class DateInputItem
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Label { get; set; }

    public string? Value { get; set; }

    public string? Classes { get; set; }

    public string? Autocomplete { get; set; }

    public string? Pattern { get; set; }

    public string? Inputmode { get; set; }

    public bool? Error { get; set; }

    public Attributes? Attributes { get; set; }

    /// A box left out, as the macro's <c>year: false</c>.
    public static readonly DateInputItem Omitted = new();

    [JsonIgnore]
    internal bool HasError => Error == true || (Classes?.Contains("govuk-input--error", StringComparison.Ordinal) ?? false);
}

public class DateInputOptions : IComponentOptions
{
    public string? Id { get; set; }

    public string? NamePrefix { get; set; }

    public IReadOnlyList<DateInputItem?>? Items { get; set; }

    public Dictionary<string, string?>? Values { get; set; }

    /// The day box's options; false (<see cref="DateInputItem.Omitted"/>) leaves the box out.
    [JsonConverter(typeof(OmittableItem))]
    public DateInputItem? Day { get; set; }

    [JsonConverter(typeof(OmittableItem))]
    public DateInputItem? Month { get; set; }

    [JsonConverter(typeof(OmittableItem))]
    public DateInputItem? Year { get; set; }

    public HintOptions? Hint { get; set; }

    public ErrorMessageOptions? ErrorMessage { get; set; }

    public FormGroupOptions? FormGroup { get; set; }

    public FieldsetOptions? Fieldset { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(DateInput);

    [JsonIgnore]
    public string? FieldId => Boxes().Select(b => b.Id).FirstOrDefault();

    /// Each box as the macro writes it: its id, name, label, value and classes.
    public IReadOnlyList<(string Id, string Name, string Label, string? Value, string Classes, DateInputItem Item)> Boxes()
    {
        var value = (string key) => Values is not null && Values.TryGetValue(key, out var v) ? v : null;
        var day = Day ?? new DateInputItem { Name = "day", Value = value("day"), Classes = "govuk-input--width-2" };
        var month = Month ?? new DateInputItem { Name = "month", Value = value("month"), Classes = "govuk-input--width-2" };
        var year = Year ?? new DateInputItem { Name = "year", Value = value("year"), Classes = "govuk-input--width-4" };
        var items = Items is { Count: > 0 } ? Items.OfType<DateInputItem>().ToList() : new[] { day, month, year }.Where(i => !ReferenceEquals(i, DateInputItem.Omitted)).ToList();
        var anyItemHasError = items.Any(i => i.HasError);
        var prefix = string.IsNullOrEmpty(NamePrefix) ? "" : NamePrefix + "-";
        return items.Select(item =>
        {
            var name = item.Name;
            var itemValue = item.Value;
            var width = 2;
            if (ReferenceEquals(item, day) || (item.Name is not null && (item.Name == "day" || item.Name == day.Name)))
            {
                name ??= "day";
                itemValue ??= day.Value;
            }
            else if (ReferenceEquals(item, month) || (item.Name is not null && (item.Name == "month" || item.Name == month.Name)))
            {
                name ??= "month";
                itemValue ??= month.Value;
            }
            else if (ReferenceEquals(item, year) || (item.Name is not null && (item.Name == "year" || item.Name == year.Name)))
            {
                name ??= "year";
                itemValue ??= year.Value;
                width = 4;
            }

            var classes = "";
            var alreadyError = item.Classes?.Contains("govuk-input--error", StringComparison.Ordinal) ?? false;
            if (!alreadyError && (item.HasError || (item.Error != false && ErrorMessage is not null && !anyItemHasError)))
            {
                classes = "govuk-input--error";
            }

            if (!(item.Classes?.Contains("govuk-input--width-", StringComparison.Ordinal) ?? false))
            {
                classes = AttributeValues.Classes(classes, "govuk-input--width-" + width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            classes = AttributeValues.Classes(classes, item.Classes);
            name ??= "";
            var label = !string.IsNullOrEmpty(item.Label) ? item.Label : name.Length == 0 ? "" : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
            var id = !string.IsNullOrEmpty(item.Id) ? item.Id : Id + "-" + name;
            return (Id: id ?? "", Name: prefix + name, Label: label, Value: (string?)(itemValue ?? value(prefix + name)), Classes: classes, Item: item);
        }).ToList();
    }
}

/// Reads a day, month or year option that may be false, meaning "no such box".
internal sealed class OmittableItem : JsonConverter<DateInputItem>
{
    public override DateInputItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.False ? DateInputItem.Omitted : JsonSerializer.Deserialize<DateInputItem>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, DateInputItem value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
