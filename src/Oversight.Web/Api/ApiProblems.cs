namespace Oversight.Web.Api;

/// Every error under /api is an RFC 7807 problem (application/problem+json), never the HTML error pages the
/// Razor pages get: 401 and 403 from the cookie, 404 from routing or an endpoint, 429, and unhandled 500s.
public static class ApiProblems
{
    public static bool IsApi(HttpContext context) =>
        context?.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) == true;

    public static Task WriteAsync(HttpContext context, int status, string? detail = null) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(context);

    /// Goes inside the app's HTML exception handler and status code pages, so it answers first for /api.
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) => app.UseWhen(IsApi, api =>
    {
        api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // N.B. the detail never carries the exception's message, which may name data or paths.
            ExceptionHandler = context => WriteAsync(context, StatusCodes.Status500InternalServerError),
        });
        api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
    });
}
