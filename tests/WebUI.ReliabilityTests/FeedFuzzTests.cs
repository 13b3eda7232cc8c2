// Fuzz: random and hostile tokens in the calendar feed's URL, over a loopback port; never a server error or a logged error,
// nothing but "not found" (or a refused request line), and the real token keeps working throughout.
using System.Net;
using CsCheck;
using Microsoft.Extensions.Logging;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class FeedFuzzTests : IAsyncLifetime
{
    /// <summary>Answers a feed URL may give to a token that opens no feed: not found, or a request line refused as bad or too long.</summary>
    private static readonly HttpStatusCode[] Answers = [HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.RequestUriTooLong];

    private readonly SchedAppFactory _app = SchedAppFactory.RecordingLogs(LogLevel.Error, ("Sched:RateLimit:FeedPermitsPerMinute", "100000"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_hostile_token_is_never_a_server_error_and_the_real_one_keeps_working()
    {
        // Over a real socket: Kestrel, not the in-memory test server, decides what a request line may hold (a NUL is a 400).
        var address = _app.StartOnLoopback();
        var email = TestData.NewEmail();
        await _app.CreateUserAsync(email);
        using var owner = BrowserClient.ForServer(address);
        await owner.LogInSuccessfullyAsync(email, TestData.Password);
        using var turnedOn = await owner.PostFormAsync("/account/feed/", [], await owner.GetAntiforgeryTokenAsync("/account/"));
        var accountPage = await owner.GetPageHtmlAsync("/account/");
        var realPath = new Uri(System.Text.RegularExpressions.Regex.Match(accountPage, "value=\"(?<url>http[^\"]+\\.ics)\"").Groups["url"].Value).AbsolutePath;
        using var reader = new HttpClient { BaseAddress = address };
        var tokens = Gen.Frequency((3, Hostile.Text), (1, Gen.Char["A-Za-z0-9_-"].Array[43].Select(c => new string(c))));

        await tokens.SampleAsync(async token =>
        {
            using var response = await reader.GetAsync($"/calendar/feed/{Uri.EscapeDataString(token)}.ics");
            response.StatusCode.Should().BeOneOf(Answers, $"token {token.Length} chars: {token[..Math.Min(token.Length, 40)]}");
        }, iter: 100, threads: 1);

        (await reader.GetAsync(realPath)).StatusCode.Should().Be(HttpStatusCode.OK);
        _app.Errors.All.Should().BeEmpty();
    }
}
