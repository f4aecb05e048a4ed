using MailKit.Security;

namespace Oversight.Core.Email;

/// Settings under "Email". With no Smtp:Host the outbox is only a table, as the admin outbox page says.
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// The sender's address, required once an SMTP server is configured.
    public string From { get; set; } = "";

    public string FromName { get; set; } = "Oversight";

    public SmtpOptions Smtp { get; set; } = new();

    /// Where people reach the service (https://oversight.example.org), so links in e-mails work from an inbox.
    /// Taken from settings, never from a request's Host header, which a sender could forge.
    public string? SiteUrl { get; set; }

    /// Attempts before a message that keeps failing temporarily is marked failed.
    public int MaxAttempts { get; set; } = 8;

    /// How often each instance looks for messages due to be sent.
    public int PollSeconds { get; set; } = 10;

    public bool Configured => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// None, StartTls (the default: refuses a server without it), StartTlsWhenAvailable, SslOnConnect or Auto.
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// Sign in to the server only when a user name is given.
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// Seconds to wait for the server before an attempt fails.
    public int TimeoutSeconds { get; set; } = 30;
}
