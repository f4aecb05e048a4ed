using System.Collections.Concurrent;
using Oversight.Core.Accounts;

namespace Oversight.Web.Security;

/// Counts failed sign-ins per account and per client address (docs/security.md, "Sign-in"). An account with
/// 5 failures is slowed, never locked, so an outsider cannot keep a member of staff out; an address with 20
/// failures in 15 minutes is refused for 15 minutes. Unknown addresses are counted exactly like real accounts,
/// so the delay does not reveal which exist. Counts live in this instance's memory, like the rate limits.
public sealed partial class SignInThrottle(TimeProvider clock, ILogger<SignInThrottle> logger)
{
    public const int AccountFailuresBeforeSlowing = 5;
    public const int AddressFailureLimit = 20;
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AddressRefusal = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(16);

    // An account's count is forgotten after a day without failures.
    private static readonly TimeSpan AccountMemory = TimeSpan.FromDays(1);
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, AccountFailures> accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AddressFailures> addresses = new(StringComparer.Ordinal);

    public static string AddressOf(HttpContext context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// When the address may try again, or null when it may try now.
    private DateTimeOffset? RefusedUntil(string address)
    {
        if (!addresses.TryGetValue(address, out var failures))
        {
            return null;
        }

        lock (failures)
        {
            return failures.RefusedUntil > clock.GetUtcNow() ? failures.RefusedUntil : null;
        }
    }

    /// How long to hold this attempt before checking the password: 1 s after 5 failures, doubling with each
    /// further failure up to 16 s.
    private TimeSpan DelayFor(string account)
    {
        if (!accounts.TryGetValue(Key(account), out var failures))
        {
            return TimeSpan.Zero;
        }

        lock (failures)
        {
            var extra = failures.Count - AccountFailuresBeforeSlowing;
            return extra < 0 || clock.GetUtcNow() - failures.Last > AccountMemory
                ? TimeSpan.Zero
                : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, extra), MaxDelay.TotalSeconds));
        }
    }

    /// False when the address is refused; otherwise holds the attempt as long as the account's failures ask,
    /// before the caller checks the password or code.
    public async Task<bool> AdmitAsync(string address, string account, CancellationToken cancellationToken)
    {
        if (RefusedUntil(address) is not null)
        {
            return false;
        }

        var delay = DelayFor(account);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }

        return true;
    }

    /// Records a failure; returns the account's count of failures, so the caller can warn the holder once.
    public int RecordFailure(string account, string address)
    {
        var now = clock.GetUtcNow();
        Prune(now);
        var count = 0;
        var forAccount = accounts.GetOrAdd(Key(account), _ => new AccountFailures());
        lock (forAccount)
        {
            if (now - forAccount.Last > AccountMemory)
            {
                forAccount.Count = 0;
            }

            forAccount.Count++;
            forAccount.Last = now;
            count = forAccount.Count;
        }

        var forAddress = addresses.GetOrAdd(address, _ => new AddressFailures());
        lock (forAddress)
        {
            forAddress.Times.Enqueue(now);
            while (forAddress.Times.TryPeek(out var oldest) && now - oldest > AddressWindow)
            {
                forAddress.Times.Dequeue();
            }

            if (forAddress.Times.Count >= AddressFailureLimit)
            {
                forAddress.RefusedUntil = now + AddressRefusal;
                forAddress.Times.Clear();
                LogAddressRefused(address, AddressFailureLimit);
            }
        }

        return count;
    }

    /// Records a failure and, when the account has just reached 5, emails its holder (once per run of failures).
    public async Task RecordFailureAsync(AccountSecurity security, User? user, string account, string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(security);
        var failures = RecordFailure(account, address);
        if (user is not null && failures == AccountFailuresBeforeSlowing)
        {
            // The account's id, never what was typed: a password typed into the email box must not reach the log.
            LogAccountSlowed(user.Id, failures);
            await security.WarnOfFailedSignInsAsync(user, failures, cancellationToken);
        }
    }

    /// A successful sign-in or password reset clears the account's count.
    public void Clear(string account) => accounts.TryRemove(Key(account), out _);

    private static string Key(string account) => account.Trim().ToUpperInvariant();

    // Bounds memory when many addresses or names are tried: forgets what can no longer slow or refuse anyone.
    private void Prune(DateTimeOffset now)
    {
        if (accounts.Count > PruneAbove)
        {
            foreach (var (key, value) in accounts)
            {
                lock (value)
                {
                    if (now - value.Last > AccountMemory)
                    {
                        accounts.TryRemove(key, out _);
                    }
                }
            }
        }

        if (addresses.Count > PruneAbove)
        {
            foreach (var (key, value) in addresses)
            {
                lock (value)
                {
                    if (value.RefusedUntil <= now && (value.Times.Count == 0 || now - value.Times.Max() > AddressWindow))
                    {
                        addresses.TryRemove(key, out _);
                    }
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused from {Address} for 15 minutes after {Failures} failures")]
    private partial void LogAddressRefused(string address, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in for account {UserId} slowed after {Failures} failures; its holder was emailed")]
    private partial void LogAccountSlowed(string userId, int failures);

    private sealed class AccountFailures
    {
        public int Count { get; set; }

        public DateTimeOffset Last { get; set; }
    }

    private sealed class AddressFailures
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public DateTimeOffset RefusedUntil { get; set; }
    }
}
