using System.CommandLine;
using Sched.Application.Administration.Commands.CreateTables;
using Sched.Application.Administration.Commands.DropTables;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Application.Users.Commands.SetUserActive;
using Sched.Domain.Users;

namespace Sched.WebUI.Cli;

/// <summary>
/// The command-line verbs (the 2013 app's manage.py): each builds a MediatR request and sends it
/// through the same pipeline as the web pages. A broken rule prints one line to stderr and exits 1.
/// </summary>
public static class SchedCommandLine
{
    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    /// <summary>A verb or a help flag first means a command; anything else (e.g. --urls) is for the web host.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || HelpFlags.Contains(args[0]));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader? stdin = null)
    {
        var root = Build(services, stdin ?? Console.In);
        // No response files: a value starting with @ (a password, say) is that value, not a file to read.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"sched: {parsed.Errors[0].Message} (see --help)");
            return 2;
        }

        return await parsed.InvokeAsync();
    }

    private static RootCommand Build(IServiceProvider services, TextReader stdin)
    {
        var email = new Option<string>("--email") { Description = "The user's email address.", Required = true };
        var password = new Option<string?>("--password") { Description = "The new user's password (8 characters or more)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var name = new Option<string?>("--name") { Description = "The user's display name." };
        var yes = new Option<bool>("--yes") { Description = "Confirm that all data is to be deleted." };

        var createTables = new Command("create-tables", "Create or upgrade the database tables (safe to repeat).");
        createTables.SetAction((_, ct) => SendAsync(services, "Tables are up to date.", ct, CreateTables));

        var dropTables = new Command("drop-tables", "Delete the database and all its data (needs --yes).") { yes };
        dropTables.SetAction((parse, ct) =>
            SendAsync(services, "Tables dropped.", ct, (m, c) => m.Send(new DropTablesCommand(parse.GetValue(yes)), c)));

        var createUser = new Command("create-user", "Create a user who can sign in.") { email, password, passwordStdin, name };
        createUser.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(passwordStdin) ? await stdin.ReadLineAsync(ct) : parse.GetValue(password);
            var address = EmailAddress.Normalize(parse.GetValue(email));
            return await SendAsync(services, $"Created user {address}.", ct,
                CreateTables, (m, c) => m.Send(new CreateUserCommand(address, secret ?? string.Empty, parse.GetValue(name)), c));
        });

        var deactivate = new Command("deactivate-user", "Stop a user from signing in; their data stays.") { email };
        deactivate.SetAction((parse, ct) => SendAsync(services, $"Deactivated {EmailAddress.Normalize(parse.GetValue(email))}.", ct,
            CreateTables, (m, c) => m.Send(new SetUserActiveCommand(parse.GetValue(email)!, Active: false), c)));

        var activate = new Command("activate-user", "Let a deactivated user sign in again.") { email };
        activate.SetAction((parse, ct) => SendAsync(services, $"Activated {EmailAddress.Normalize(parse.GetValue(email))}.", ct,
            CreateTables, (m, c) => m.Send(new SetUserActiveCommand(parse.GetValue(email)!, Active: true), c)));

        return new RootCommand("Sched: a small appointment scheduler. Without a verb, serves the web app.")
        {
            createTables, dropTables, createUser, deactivate, activate,
        };
    }

    /// <summary>User verbs first make sure the tables exist, so a fresh clone needs no extra step.</summary>
    private static Task CreateTables(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new CreateTablesCommand(), cancellationToken);

    /// <summary>Runs the steps in order in one scope; prints the success line or one error line.</summary>
    private static async Task<int> SendAsync(
        IServiceProvider services, string success, CancellationToken cancellationToken, params Func<IMediator, CancellationToken, Task>[] steps)
    {
        await using var scope = services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            foreach (var step in steps)
            {
                await step(mediator, cancellationToken);
            }
        }
        catch (ValidationException ex)
        {
            await Console.Error.WriteLineAsync($"sched: {string.Join(" ", ex.Errors.SelectMany(e => e.Value))}");
            return 1;
        }
        catch (NotFoundException ex)
        {
            await Console.Error.WriteLineAsync($"sched: {ex.Message}");
            return 1;
        }

        await Console.Out.WriteLineAsync(success);
        return 0;
    }
}
