using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oversight.Web.Documents;

namespace Oversight.Web.Tests.Documents;

/// A document component's HTML, rendered by the one document pipeline as the application renders it.
public static class Rendered
{
    public static async Task<string> HtmlAsync<TDocument>(IReadOnlyDictionary<string, object?> parameters)
        where TDocument : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        return await new DocumentRenderer(services, services.GetRequiredService<ILoggerFactory>()).RenderAsync<TDocument>(parameters);
    }
}
