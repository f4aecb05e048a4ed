using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oversight.Web.Components;

// The option types mirror govuk-frontend's macro options (macro-options.json) name for name, so a page reads like the
// Design System's examples and the golden tests load each fixture's options straight into them. Text is encoded;
// Html is trusted markup written by code, never by a user.

/// Extra attributes for an element: a string value, or a boolean for an attribute written without a value.
public sealed class Attributes : Dictionary<string, object?>
{
    public Attributes()
        : base(StringComparer.Ordinal)
    {
    }
}

/// Text or trusted HTML, as the macros' text/html pairs.
public class Content
{
    public string? Text { get; set; }

    public string? Html { get; set; }

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrEmpty(Text) && string.IsNullOrEmpty(Html);
}

public class HintOptions : Content
{
    public string? Id { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }
}

public class LabelOptions : Content
{
    public string? For { get; set; }

    public string? Classes { get; set; }

    public bool IsPageHeading { get; set; }

    public Attributes? Attributes { get; set; }
}

public class ErrorMessageOptions : Content
{
    public string? Id { get; set; }

    public string? Classes { get; set; }

    /// "Error" unless set; an empty string leaves the prefix out.
    public string? VisuallyHiddenText { get; set; }

    public Attributes? Attributes { get; set; }
}

public class LegendOptions : Content
{
    public string? Classes { get; set; }

    public bool IsPageHeading { get; set; }
}

public class FieldsetOptions : Content
{
    public string? DescribedBy { get; set; }

    public LegendOptions? Legend { get; set; }

    public string? Classes { get; set; }

    public string? Role { get; set; }

    public Attributes? Attributes { get; set; }
}

public class FormGroupOptions
{
    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    public Content? BeforeInput { get; set; }

    public Content? AfterInput { get; set; }

    public Content? BeforeInputs { get; set; }

    public Content? AfterInputs { get; set; }
}

/// Options for a component: which component renders them, and the id an error summary links to.
public interface IComponentOptions
{
    Type Component { get; }

    /// The id of the field's first input (where an error summary's link lands), or null for a component that is no field.
    string? FieldId => null;

    /// The name the field posts, which is its key in ModelState, or null when that is its id.
    string? FieldName => null;
}

/// Turns macro-style attributes into what a component splats: strings as values, true as a bare attribute.
internal static class AttributeValues
{
    public static IReadOnlyDictionary<string, object>? Of(Attributes? attributes)
    {
        if (attributes is null || attributes.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, raw) in attributes)
        {
            var (value, optional) = raw switch
            {
                JsonElement { ValueKind: JsonValueKind.Object } o => (Scalar(o.TryGetProperty("value", out var v) ? v : default),
                    o.TryGetProperty("optional", out var opt) && opt.ValueKind == JsonValueKind.True),
                JsonElement e => (Scalar(e), false),
                _ => (raw, false),
            };
            switch (value)
            {
                case null when optional:
                case false when optional:
                    break;
                case true when optional:
                    result[name] = true;
                    break;
                case null:
                    result[name] = "";
                    break;
                case bool b:
                    result[name] = b ? "true" : "false";
                    break;
                default:
                    result[name] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    break;
            }
        }

        return result;
    }

    private static object? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// Joins the class names that are set, as the macros' "a {%- if b %} b{% endif %}" does.
    public static string Classes(params string?[] names) => string.Join(' ', names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));

    /// Joins ids for aria-describedby, or null when there are none.
    public static string? Ids(params string?[] ids)
    {
        var joined = Classes(ids);
        return joined.Length == 0 ? null : joined;
    }
}
