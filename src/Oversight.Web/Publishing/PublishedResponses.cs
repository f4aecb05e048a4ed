using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Oversight.Core.Publishing;
using Oversight.Domain;

namespace Oversight.Web.Publishing;

/// Marks a page or endpoint whose answer to the public is made only from what was published (a frozen report,
/// a published notice, minutes or open data), so it may be kept and served again until something is published.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublishedAttribute : Attribute;

/// Serves published pages and documents to anonymous visitors from the bytes made the first time, with an ETag
/// (the body's hash) and Last-Modified, answering If-None-Match and If-Modified-Since with 304. What is kept is
/// keyed by PublicContent's generation and the day, so anything published, or a new day, makes it again. Only anonymous requests are served
/// or kept, and only 200 answers that set no cookie and do not forbid storing (a page that wrote a form token),
/// so a kept page never carries anyone's sign-in state; signed-in users get the page made for them.
public sealed class PublishedResponses(RequestDelegate next, PublishedStore store, PublicContent content, TimeProvider clock)
{
    /// A page kept longer than this is made again, so a publication by another process or instance (which
    /// PublicContent does not see) shows within this time; unchanged bytes keep their ETag.
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<PublishedAttribute>() is null)
        {
            await next(context);
            return;
        }

        if (context.User.Identity?.IsAuthenticated == true || request.Headers.Authorization.Count > 0)
        {
            // Made for this user: no shared cache may keep it.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        // The day is in the key because some published pages change with the date alone (an agenda becomes public
        // five clear days before its meeting, the forward plan moves on), with nothing saved to move the generation.
        var now = clock.GetUtcNow();
        var key = (content.Generation, DateOnly.FromDateTime(now.UtcDateTime), UkTime.DateOf(now), request.Host.Value, request.Path.Value, request.QueryString.Value);
        if (!store.Cache.TryGetValue(key, out Kept? kept) || kept is null)
        {
            kept = await MakeAsync(context, key);
            if (kept is null)
            {
                return;
            }
        }

        await ServeAsync(context, kept);
    }

    /// Runs the page into a buffer; keeps and returns its answer when it may be shared, otherwise sends it as made.
    private async Task<Kept?> MakeAsync(HttpContext context, object key)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || buffer.Length > MaxBodyBytes)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return null;
        }

        var body = buffer.ToArray();
        var made = clock.GetUtcNow();
        var kept = new Kept(
            body,
            response.ContentType,
            response.Headers.ContentDisposition,
            new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\""),
            new DateTimeOffset(made.Year, made.Month, made.Day, made.Hour, made.Minute, made.Second, TimeSpan.Zero));
        store.Cache.Set(key, kept, new MemoryCacheEntryOptions { Size = body.Length, AbsoluteExpirationRelativeToNow = KeptFor });
        return kept;
    }

    private static async Task ServeAsync(HttpContext context, Kept kept)
    {
        var response = context.Response;
        response.Headers.ETag = kept.ETag.ToString();
        response.Headers.LastModified = HeaderUtilities.FormatDate(kept.LastModified);
        // Anyone may keep it, but must ask again each time: a publication replaces it at once.
        response.Headers.CacheControl = "public, no-cache";
        response.Headers.Vary = HeaderNames.Cookie;
        if (NotModified(context.Request, kept))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = kept.ContentType;
        if (!StringValues.IsNullOrEmpty(kept.ContentDisposition))
        {
            response.Headers.ContentDisposition = kept.ContentDisposition;
        }

        response.ContentLength = kept.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(kept.Body, context.RequestAborted);
        }
    }

    private static bool NotModified(HttpRequest request, Kept kept)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(kept.ETag, useStrongComparison: false));
        }

        return HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since) && kept.LastModified <= since;
    }

    private sealed record Kept(byte[] Body, string? ContentType, StringValues ContentDisposition, EntityTagHeaderValue ETag, DateTimeOffset LastModified);
}

/// The bytes PublishedResponses keeps, bounded in all: the least recently used go first when it is full.
public sealed class PublishedStore : IDisposable
{
    /// Kept bytes in all (each answer counts its body's length).
    public const long MaxBytes = 64 * 1024 * 1024;

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxBytes, CompactionPercentage = 0.25 });

    public void Dispose() => Cache.Dispose();
}
