// Graceful shutdown: on SIGTERM the built app refuses new connections, finishes the request in flight, and exits with 0.
using System.Net;
using System.Net.Sockets;
using System.Text;
using Sched.WebUI.Controllers;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_request_in_flight_at_SIGTERM_is_answered_new_connections_are_refused_and_the_app_exits_with_0()
    {
        using var database = new TempDatabase();
        await using var app = await AppProcess.StartServerAsync(database);
        var (cookies, token) = await LoginFormAsync(app.Address);
        var body = await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "nobody@example.com",
            ["Password"] = "not the password",
            ["__RequestVerificationToken"] = token,
        }).ReadAsByteArrayAsync();

        // HTTP/1.0, so the answer is not chunked and ends when the server closes the connection.
        using var slow = new TcpClient();
        await slow.ConnectAsync(app.Address.Host, app.Address.Port);
        var stream = slow.GetStream();
        var head = $"POST /login/ HTTP/1.0\r\nHost: {app.Address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
                   $"Content-Length: {body.Length}\r\nCookie: {cookies}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await stream.FlushAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // the server has the headers and waits for the rest of the form

        app.Terminate();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var connectDuringShutdown = async () =>
        {
            using var late = new TcpClient();
            await late.ConnectAsync(app.Address.Host, app.Address.Port);
        };
        await connectDuringShutdown.Should().ThrowAsync<SocketException>("a stopping server takes no new connection");

        await stream.WriteAsync(body.AsMemory(body.Length / 2));
        await stream.FlushAsync();
        var answer = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var exitCode = await app.WaitForExitAsync(ExitTimeout);

        answer.Should().StartWith("HTTP/1.1 200 ", $"the request in flight should be served in full:\n{app.Log}");
        answer.Should().Contain(AccountController.IncorrectCredentials, "the form was read and the login refused, so the request really ran");
        exitCode.Should().Be(0, $"the app should stop cleanly:\n{app.Log}");
        app.Log.Should().Contain("Application is shutting down");
    }

    /// <summary>The antiforgery cookie (as a Cookie header) and the form's token, from GET /login/.</summary>
    private static async Task<(string Cookies, string Token)> LoginFormAsync(Uri address)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        using var page = await client.GetAsync("/login/");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var cookies = page.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]);
        return (string.Join("; ", cookies), BrowserClient.AntiforgeryToken(await page.Content.ReadAsStringAsync()));
    }
}
