using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Oversight.Web.Tests.Components;

/// Renders components and compares their HTML with govuk-frontend's fixtures, as GovUk.Frontend.AspNetCore does.
internal static class Golden
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // N.B. an option the component does not know fails the fixture's load, which is how a fixture is found unsupported.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        Converters = { new LooseString() },
    };

    /// Nunjucks prints numbers as text and treats false as absent; the options are strings, so read them so.
    private sealed class LooseString : System.Text.Json.Serialization.JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False or JsonTokenType.Null => null,
            _ => throw new JsonException("Expected text, found " + reader.TokenType),
        };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// Nunjucks skips falsy entries of an items or rows list ({% if item %}); they read as null, which the components skip too.
    /// A boolean value is printed as text.
    private static System.Text.Json.Nodes.JsonNode? WithoutFalsyItems(System.Text.Json.Nodes.JsonNode? node)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    // An option's value is printed, not tested: Nunjucks writes value="false" for the boolean false.
                    if (key == "value" && value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        o[key] = value.GetValueKind() == JsonValueKind.True ? "true" : "false";
                    }

                    if (key is "items" or "rows" && value is System.Text.Json.Nodes.JsonArray items)
                    {
                        for (var i = 0; i < items.Count; i++)
                        {
                            if (items[i] is System.Text.Json.Nodes.JsonValue v && v.GetValueKind() is JsonValueKind.False or JsonValueKind.String or JsonValueKind.Number
                                && (v.GetValueKind() != JsonValueKind.String || v.GetValue<string>().Length == 0)
                                && (v.GetValueKind() != JsonValueKind.Number || v.GetValue<double>() == 0))
                            {
                                items[i] = null;
                            }
                        }
                    }

                    WithoutFalsyItems(value);
                }

                break;
            case System.Text.Json.Nodes.JsonArray a:
                foreach (var child in a)
                {
                    WithoutFalsyItems(child);
                }

                break;
        }

        return node;
    }

    /// Where npm installs govuk-frontend (the web project's build runs npm install when it is missing).
    public static string ComponentsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Oversight.slnx")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Oversight.slnx not found above " + AppContext.BaseDirectory),
                "src", "Oversight.Web", "node_modules", "govuk-frontend", "dist", "govuk", "components");
            return Directory.Exists(folder) ? folder : throw new InvalidOperationException(folder + " is missing: run npm install in src/Oversight.Web (the web project's build does)");
        }
    }

    public static IReadOnlyList<(string Name, JsonElement Options, string Html)> Fixtures(string component)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ComponentsFolder, component, "fixtures.json")));
        return doc.RootElement.GetProperty("fixtures").EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("options").Clone(), f.GetProperty("html").GetString()!))
            .ToList();
    }

    /// The options a component takes, read from a fixture; null with the reason when it uses an option the component lacks.
    public static object? Options(Type component, JsonElement options, out string? unsupported)
    {
        var type = component.GetProperty("Options")!.PropertyType;
        try
        {
            unsupported = null;
            return WithoutFalsyItems(System.Text.Json.Nodes.JsonNode.Parse(options.GetRawText()))!.Deserialize(type, Json);
        }
        catch (JsonException e)
        {
            unsupported = e.Message;
            return null;
        }
    }

    public static async Task<string> RenderAsync(Type component, object options)
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(new Dictionary<string, object?> { ["Options"] = options }));
            return root.ToHtmlString();
        });
    }

    /// A canonical form of an HTML fragment: elements with attributes sorted (classes sorted within), boolean attributes
    /// without values, text with whitespace collapsed and trimmed, whitespace-only text dropped, and the whole text of
    /// an element that mixes text and elements.
    public static string Normalise(string html)
    {
        var parser = new HtmlParser();
        var context = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;
        var nodes = parser.ParseFragment(html, context);
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(node, text, 0);
        }

        return text.ToString();
    }

    private static readonly HashSet<string> Booleans = ["checked", "disabled", "selected", "open", "hidden", "multiple", "required", "readonly"];

    private static void Write(INode node, StringBuilder text, int depth)
    {
        switch (node)
        {
            case IElement element:
                text.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    var value = attribute.Name == "class"
                        ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))
                        : Booleans.Contains(attribute.Name) ? "" : Collapse(attribute.Value);
                    text.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
                }

                text.Append(">\n");

                // Text beside inline elements keeps its spaces ("Error: message"), which per-node trimming would hide.
                if (element.Children.Length > 0 && element.ChildNodes.OfType<IText>().Any(t => !string.IsNullOrWhiteSpace(t.Data)))
                {
                    text.Append(' ', (depth + 1) * 2).Append("= ").Append(Collapse(element.TextContent)).Append('\n');
                }

                var children = element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
                foreach (var child in children)
                {
                    Write(child, text, depth + 1);
                }

                break;
            case IText t when Collapse(t.Data) is { Length: > 0 } data:
                text.Append(' ', depth * 2).Append(data).Append('\n');
                break;
        }
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
