namespace Sched.WebUI.Security;

/// <summary>Configuration <c>Sched:Session:*</c>: how long a signed-in session may live.</summary>
public sealed class SessionSettings
{
    public const string Section = "Sched:Session";

    /// <summary>A session unused this long ends (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>With "remember me", the session survives browser restarts for at most this long.</summary>
    public TimeSpan RememberMeLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// True when the app is served over HTTPS only: the cookie is then always Secure and takes the
    /// <c>__Host-</c> prefix. False (the default) keeps plain http on localhost working; the cookie
    /// is still Secure whenever the request itself is HTTPS.
    /// </summary>
    public bool HttpsOnly { get; set; }
}
