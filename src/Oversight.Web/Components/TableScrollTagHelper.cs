using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Oversight.Web.Components;

/// Every GOV.UK table on a page scrolls inside its own container (WCAG 2.2 1.4.10 Reflow: the page never scrolls
/// sideways at 320 px), one written here rather than on each page: a region named by the table's caption, focusable
/// so keyboard users can scroll it. A table a page already wrapped in .app-table-scroll is left as it is.
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class TableScrollTagHelper : TagHelper
{
    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ').Contains("govuk-table") || context.Items.ContainsKey(TableScrollContainerTagHelper.Key))
        {
            return;
        }

        var label = output.Attributes["aria-label"]?.Value?.ToString();
        var child = await output.GetChildContentAsync();
        try
        {
            var caption = Caption().Match(child.GetContent());
            if (caption.Success)
            {
                label = WebUtility.HtmlDecode(Tags().Replace(caption.Groups[1].Value, "")).Trim();
            }
        }
        catch (InvalidOperationException)
        {
            // A table holding a rendered component (a commentary box) can be written only by the page itself, off
            // the renderer's dispatcher; its region keeps the table's own label. The content is left untouched.
        }
        var region = new TagBuilder("div");
        region.AddCssClass(TableScrollContainerTagHelper.Key);
        region.Attributes["role"] = "region";
        region.Attributes["aria-label"] = string.IsNullOrWhiteSpace(label) ? "Table" : label;
        region.Attributes["tabindex"] = "0";
        output.PreElement.SetHtmlContent(region.RenderStartTag());
        output.PostElement.SetHtmlContent(region.RenderEndTag());
    }
}

/// Marks a hand-written .app-table-scroll container so the tables inside it are not wrapped a second time.
[HtmlTargetElement("div", Attributes = "class")]
public sealed class TableScrollContainerTagHelper : TagHelper
{
    public const string Key = "app-table-scroll";

    public override void Init(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.AllAttributes["class"]?.Value?.ToString()?.Split(' ').Contains(Key) == true)
        {
            context.Items[Key] = true;
        }
    }
}
