namespace Sched.Application.Common.Models;

/// <summary>
/// Where people reach Sched: <c>Sched:PublicBaseUrl</c>, the absolute base of every link in a mail.
/// A link is never built from a request's Host header, which the sender of the request chooses.
/// </summary>
public sealed class PublicSite
{
    public const string ConfigurationKey = "Sched:PublicBaseUrl";
    public const string DefaultBaseUrl = "http://localhost:5241/";

    public PublicSite(string? baseUrl)
    {
        var text = string.IsNullOrWhiteSpace(baseUrl) ? DefaultBaseUrl : baseUrl.Trim();
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{ConfigurationKey} \"{baseUrl}\" must be an absolute http or https address, e.g. https://sched.example/.");
        }

        BaseUrl = uri;
    }

    public Uri BaseUrl { get; }

    /// <summary>The absolute address of a path of the app, e.g. "account/reset/TOKEN/".</summary>
    public string Link(string relativePath) => new Uri(BaseUrl, relativePath).AbsoluteUri;
}
