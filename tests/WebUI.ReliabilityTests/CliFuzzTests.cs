// Fuzz: the create-user verb, run in-process with random and hostile values; exit 0 only for valid input, otherwise one "sched:" line and nobody stored.
using System.Collections.Concurrent;
using CsCheck;
using Sched.WebUI.Cli;
using Sched.WebUI.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace Sched.WebUI.ReliabilityTests;

public sealed class CliFuzzTests(ITestOutputHelper output)
{
    private const string TakenEmail = "taken@example.com";

    /// <summary>The characters ASP.NET Core Identity allows in a user name by default; Sched's user name is the email.</summary>
    private const string UserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    /// <summary>Values a shell passes as they are but a parser might take for something else: options, the end of options, response files.</summary>
    private static readonly Gen<string> ParserBait = Gen.OneOf(
        "-x", "--", "--not-an-option", "-1", "@missing.rsp", "@/etc/hostname", "@secret-passphrase", "@example.com", "a@@b.c");

    [Fact]
    public async Task Create_user_exits_0_only_for_valid_input_and_otherwise_prints_one_sched_line_and_stores_nobody()
    {
        await using var factory = SchedAppFactory.RecordingErrors();
        await factory.CreateUserAsync(TakenEmail);
        var outcomes = new ConcurrentDictionary<string, int>();

        var email = Gen.Frequency((6, Hostile.Email), (1, Gen.Const(" TAKEN@Example.com ")), (1, ParserBait));
        var password = Gen.Frequency((6, Hostile.Password), (1, ParserBait));
        var name = Gen.Frequency((2, Gen.Const((string?)null)), (3, Hostile.Text.Select(t => (string?)t)), (1, ParserBait.Select(t => (string?)t)));

        await Gen.Select(email, password, name).SampleAsync(async (email, password, name) =>
        {
            string[] args = name is null
                ? ["create-user", "--email", email, "--password", password]
                : ["create-user", "--email", email, "--password", password, "--name", name];
            var before = factory.Database.UserEmails();
            var address = email.Trim().ToLowerInvariant();
            var valid = IsValid(address, password, name, before);

            var (exitCode, stdout, stderr) = await CommandLine.RunAsync(factory.Services, args);
            var after = factory.Database.UserEmails();
            outcomes.AddOrUpdate($"{(valid ? "valid" : "invalid")} → exit {exitCode}", 1, (_, n) => n + 1);

            if (exitCode == 0)
            {
                valid.Should().BeTrue("only valid input creates a user");
                stdout.Should().Be($"Created user {address}.{Environment.NewLine}");
                stderr.Should().BeEmpty();
                after.Should().BeEquivalentTo(before.Append(address));
            }
            else
            {
                stderr.TrimEnd('\r', '\n').Split('\n').Should().ContainSingle().Which.Should().StartWith("sched: ");
                after.Should().BeEquivalentTo(before, "a refused user is not stored");
                // As on any command line, a value that starts with '-' may be taken for an option.
                if (!new[] { email, password, name }.Any(value => value?.StartsWith('-') == true))
                {
                    valid.Should().BeFalse($"valid input should create the user, but the CLI said: {stderr}");
                }
            }
        }, iter: 150, threads: 1, print: c => $"--email \"{Cut(c.Item1)}\" --password \"{Cut(c.Item2)}\" --name \"{Cut(c.Item3)}\"");

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
        outcomes.Keys.Should().Contain(["valid → exit 0", "invalid → exit 1"], "the fuzz should reach both outcomes");
    }

    /// <summary>The account rules as documented: a well-formed, unused email of at most 256 characters, 8 to 1,024 password characters not all blank, a name of at most 100.</summary>
    private static bool IsValid(string address, string password, string? name, IReadOnlySet<string> taken)
    {
        var at = address.IndexOf('@');
        var wellFormed = at > 0 && at == address.LastIndexOf('@') && at < address.Length - 1
                         && address[(at + 1)..].Contains('.') && !address.EndsWith('.')
                         && address.All(c => UserNameCharacters.Contains(c));
        return wellFormed && address.Length <= 256 && !taken.Contains(address)
               && password.Length is >= 8 and <= 1_024 && !string.IsNullOrWhiteSpace(password)
               && (name is null || name.Length <= 100);
    }

    private static string Cut(string? value) =>
        value is null ? "(none)" : (value.Length > 60 ? value[..60] + $"…({value.Length})" : value).Replace("\0", "\\0", StringComparison.Ordinal);
}
