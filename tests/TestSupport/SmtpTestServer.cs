// A real SMTP server for tests (SmtpServer, in this process) on a free loopback port: it keeps every
// message it receives, parsed with MimeKit, and can be stopped and started again on the same port.
using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Sched.TestSupport;

public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly List<MimeMessage> _taken = [];
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The settings that send the app's mail here, quickly polled and quickly retried.</summary>
    public (string Key, string Value)[] AppSettings =>
    [
        ("Sched:Smtp:Host", "127.0.0.1"),
        ("Sched:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Sched:Smtp:Security", "None"),
        ("Sched:Smtp:From", "Sched <sched@sched.test>"),
        ("Sched:PublicBaseUrl", "http://sched.test/"),
        ("Sched:Email:PollInterval", "00:00:00.100"),
        ("Sched:Email:RetryDelay", "00:00:00.200"),
    ];

    /// <summary>A running server on a port no one else uses.</summary>
    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer(FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts listening again (on the same port) after <see cref="StopAsync"/>.</summary>
    public Task RestartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received.Writer));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
        return WaitUntilListeningAsync();
    }

    /// <summary>Stops listening: connections are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _server.ShutdownTask;
        await _running!;
        _server = null;
    }

    /// <summary>The next message sent to the address (earlier ones to others are kept for later calls).</summary>
    public async Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var earlier = _taken.FirstOrDefault(m => SentTo(m, address));
            if (earlier is not null)
            {
                _taken.Remove(earlier);
                return earlier;
            }

            try
            {
                _taken.Add(await _received.Reader.ReadAsync(cancel.Token));
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No mail to {address} arrived within {timeout ?? TimeSpan.FromSeconds(30)}.");
            }
        }
    }

    /// <summary>Every message received so far and not yet taken by <see cref="WaitForMessageToAsync"/>.</summary>
    public IReadOnlyList<MimeMessage> Unread()
    {
        while (_received.Reader.TryRead(out var message))
        {
            _taken.Add(message);
        }

        return [.. _taken];
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static bool SentTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    private async Task WaitUntilListeningAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not listen on port {Port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(ChannelWriter<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await received.WriteAsync(await MimeMessage.LoadAsync(stream, cancellationToken), cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
