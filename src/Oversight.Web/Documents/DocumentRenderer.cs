using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Oversight.Web.Documents;

/// The one way a printable document becomes HTML: a Razor component rendered outside any request by
/// ASP.NET Core's <see cref="HtmlRenderer"/>, so every value is encoded by Razor and nothing is built from strings.
/// The HTML is then sent as it is or printed to PDF by Chromium (<see cref="Oversight.Core.Documents.PdfPrinter"/>).
public sealed class DocumentRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    /// The component's HTML, given its parameters by name (as the component declares them).
    public async Task<string> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var renderer = new HtmlRenderer(new DocumentServices(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters.ToDictionary()));
            return output.ToHtmlString();
        });
    }

    /// The application's services, but with an encoder that leaves letters and punctuation of every language as they
    /// are (a document is UTF-8, read offline and searched in a PDF), while still encoding what HTML gives meaning to.
    private sealed class DocumentServices(IServiceProvider services) : IServiceProvider
    {
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : services.GetService(serviceType);
    }
}
