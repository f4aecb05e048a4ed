using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Oversight.Web.Components;

/// How a Razor Page renders a component: <c>@await Html.GovukAsync(new RadiosOptions { … })</c>.
public static class ComponentHtml
{
    private const string FieldsKey = "Oversight.Components.Fields";
    private const string SummaryKey = "Oversight.Components.ErrorSummary";

    /// Renders the component the options belong to, statically, and notes the field's place on the page for the error summary.
    public static Task<IHtmlContent> GovukAsync(this IHtmlHelper html, IComponentOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        if (options.FieldId is { Length: > 0 } id)
        {
            Fields(html.ViewContext.HttpContext).Add(new RenderedField(options.FieldName, id));
        }

        return html.RenderComponentAsync(options.Component, RenderMode.Static, new { Options = options });
    }

    /// Renders a component that wraps content the page writes in markup (details, notification banner; the macro's
    /// caller): <c>@await Html.GovukAsync(new DetailsOptions { … }, @&lt;text&gt;…&lt;/text&gt;)</c>. The content is
    /// rendered first, in its place on the page, so fields inside it keep their order in the error summary.
    public static async Task<IHtmlContent> GovukAsync(this IHtmlHelper html, IComponentOptions options, Func<object?, IHtmlContent> content)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(content);
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        // Components inside the content (the fields of a form) write their HTML only on the renderer's dispatcher.
        var dispatcher = html.ViewContext.HttpContext.RequestServices.GetRequiredService<IComponentPrerenderer>().Dispatcher;
        await dispatcher.InvokeAsync(async () =>
        {
            var written = content(null);
            if (written is HelperResult template)
            {
                await template.WriteAction(writer);
            }
            else
            {
                written.WriteTo(writer, HtmlEncoder.Default);
            }
        });

        var markup = writer.ToString();
        RenderFragment child = builder => builder.AddMarkupContent(0, markup);
        return await html.RenderComponentAsync(options.Component, RenderMode.Static, new { Options = options, ChildContent = child });
    }

    /// Renders a house-style field (or list tool) through its component.
    public static Task<IHtmlContent> GovukAsync(this IHtmlHelper html, IField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return html.GovukAsync(field.ToOptions());
    }

    /// The place of the page's error summary. Its errors are listed in the order their fields appear on the page, which is
    /// known only once the page has rendered, so the layout fills it in (<see cref="CompleteErrorSummaryAsync"/>).
    public static IHtmlContent ErrorSummary(this IHtmlHelper html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var place = new Placeholder();
        html.ViewContext.HttpContext.Items[SummaryKey] = place;
        return place;
    }

    /// Called by the layout after the page has rendered: renders the error summary where the page put it, if it did.
    public static async Task CompleteErrorSummaryAsync(this IHtmlHelper html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var context = html.ViewContext.HttpContext;
        if (context.Items[SummaryKey] is not Placeholder place || html.ViewContext.ModelState.ErrorCount == 0)
        {
            return;
        }

        var options = new ErrorSummaryOptions { TitleText = "There is a problem", ErrorList = InPageOrder(html.ViewContext.ModelState, Fields(context)) };
        place.Content = await html.RenderComponentAsync<ErrorSummary>(RenderMode.Static, new { Options = options });
    }

    /// Each error linked to its field's first input, found by the name it posts or by its id, in the order the fields
    /// were rendered; then errors for no rendered field in the order they were added (a dotted key's dots become
    /// hyphens in the link; an empty key links to the page's main content).
    public static List<ErrorSummaryItem?> InPageOrder(IEnumerable<(string Field, string Message)> errors, IReadOnlyList<RenderedField> fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(fields);
        return errors
            .Select((e, added) =>
            {
                var fallback = e.Field.Length == 0 ? "main-content" : e.Field.Replace('.', '-');
                var place = Place(fields, e.Field, fallback);
                var href = "#" + (place < fields.Count ? fields[place].Id : fallback);
                return (Item: new ErrorSummaryItem { Href = href, Text = e.Message }, Place: place, Added: added);
            })
            .OrderBy(e => e.Place)
            .ThenBy(e => e.Added)
            .Select(e => (ErrorSummaryItem?)e.Item)
            .ToList();
    }

    private static List<ErrorSummaryItem?> InPageOrder(ModelStateDictionary modelState, IReadOnlyList<RenderedField> fields) =>
        InPageOrder(modelState.SelectMany(e => e.Value?.Errors.Select(error => (e.Key, error.ErrorMessage)) ?? []), fields);

    private static int Place(IReadOnlyList<RenderedField> fields, string key, string id)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Name, key, StringComparison.Ordinal) || string.Equals(fields[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static List<RenderedField> Fields(HttpContext context)
    {
        if (context.Items[FieldsKey] is not List<RenderedField> fields)
        {
            fields = [];
            context.Items[FieldsKey] = fields;
        }

        return fields;
    }

    /// A field a page rendered: the name it posts (null when it is the id) and its first input's id.
    public sealed record RenderedField(string? Name, string Id);

    /// Content filled in after it was placed: Razor keeps a reference to it and writes it only when the response is written.
    /// A rendered component must be written asynchronously (on its renderer's dispatcher), so this is async content too.
    private sealed class Placeholder : IHtmlAsyncContent
    {
        public IHtmlContent? Content { get; set; }

        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => Content?.WriteTo(writer, encoder);

        public ValueTask WriteToAsync(TextWriter writer) => Content switch
        {
            IHtmlAsyncContent content => content.WriteToAsync(writer),
            null => ValueTask.CompletedTask,
            _ => throw new InvalidOperationException("The error summary is rendered as a component, which is written asynchronously"),
        };
    }
}
