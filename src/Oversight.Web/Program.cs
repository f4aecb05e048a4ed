using Oversight.Web;

var app = WebApp.Build(args);
await app.RunAsync();

/// Entry point; public so that WebApplicationFactory can host the app in tests.
public partial class Program;
