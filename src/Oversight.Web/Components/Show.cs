using Microsoft.AspNetCore.Components;

namespace Oversight.Web.Components;

/// Renders a text/html option pair: the html as trusted markup when set, else the text encoded.
internal static class Show
{
    public static RenderFragment Of(string? text, string? html) => builder =>
    {
        if (!string.IsNullOrEmpty(html))
        {
            builder.AddMarkupContent(0, html);
        }
        else
        {
            builder.AddContent(1, text);
        }
    };

    public static RenderFragment Of(Content? content) => Of(content?.Text, content?.Html);
}
