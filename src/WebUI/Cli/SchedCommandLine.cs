using System.CommandLine;
using System.Data.Common;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Application.Users.Commands.SetUserActive;
using Sched.Domain.Users;
using Sched.Infrastructure.Persistence;

namespace Sched.WebUI.Cli;

/// <summary>
/// The command-line verbs (the 2013 app's manage.py). User verbs build a MediatR request and send it
/// through the same pipeline as the web pages; schema verbs call Infrastructure's initialiser. A
/// broken rule, or a database that cannot be opened or reached, prints one line to stderr and exits 1.
/// </summary>
public static class SchedCommandLine
{
    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    private delegate Task Step(IServiceProvider services, CancellationToken cancellationToken);

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

        // User verbs first make sure the tables exist (unless Sched:Database:MigrateOnStartup is false),
        // so a fresh clone needs no extra step.
        var migrateFirst = InfrastructureDependencyInjection.MigratesOnStartup(services.GetRequiredService<IConfiguration>())
            ? [Migrate]
            : Array.Empty<Step>();

        var createTables = new Command("create-tables", "Create or upgrade the database tables (safe to repeat).");
        createTables.SetAction((_, ct) => RunStepsAsync(services, () => "Tables are up to date.", ct, Migrate));

        var dropTables = new Command("drop-tables", "Delete the database and all its data (needs --yes).") { yes };
        dropTables.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(yes))
            {
                await Console.Error.WriteLineAsync("sched: Dropping deletes all data; confirm with --yes.");
                return 1;
            }

            return await RunStepsAsync(services, () => "Tables dropped.", ct,
                (sp, c) => sp.GetRequiredService<DatabaseInitialiser>().DropAsync(c));
        });

        var createUser = new Command("create-user", "Create a user who can sign in.") { email, password, passwordStdin, name };
        createUser.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(passwordStdin) ? await stdin.ReadLineAsync(ct) : parse.GetValue(password);
            var typed = parse.GetValue(email)!;
            return await RunStepsAsync(services, () => $"Created user {EmailAddress.Parse(typed)}.", ct,
                [.. migrateFirst, Send(new CreateUserCommand(typed, secret ?? string.Empty, parse.GetValue(name)))]);
        });

        var deactivate = new Command("deactivate-user", "Stop a user from signing in; their data stays.") { email };
        deactivate.SetAction((parse, ct) => SetActiveAsync(services, parse.GetValue(email)!, active: false, migrateFirst, ct));

        var activate = new Command("activate-user", "Let a deactivated user sign in again.") { email };
        activate.SetAction((parse, ct) => SetActiveAsync(services, parse.GetValue(email)!, active: true, migrateFirst, ct));

        return new RootCommand("Sched: a small appointment scheduler. Without a verb, serves the web app.")
        {
            createTables, dropTables, createUser, deactivate, activate,
        };
    }

    private static Task<int> SetActiveAsync(IServiceProvider services, string typed, bool active, Step[] migrateFirst, CancellationToken cancellationToken) =>
        RunStepsAsync(services, () => $"{(active ? "Activated" : "Deactivated")} {EmailAddress.Parse(typed)}.", cancellationToken,
            [.. migrateFirst, Send(new SetUserActiveCommand(typed, active))]);

    private static Task Migrate(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);

    private static Step Send<TResponse>(IRequest<TResponse> request) =>
        (services, cancellationToken) => services.GetRequiredService<IMediator>().Send(request, cancellationToken);

    /// <summary>
    /// The database error behind an exception, if one is: the provider's own (a file that cannot be
    /// opened, a server that refuses the connection), possibly wrapped by EF Core's retry strategy.
    /// </summary>
    private static DbException? DatabaseFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException failure)
            {
                return failure;
            }
        }

        return null;
    }

    /// <summary>Runs the steps in order in one scope; prints the success line or one error line.</summary>
    private static async Task<int> RunStepsAsync(
        IServiceProvider services, Func<string> success, CancellationToken cancellationToken, params Step[] steps)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            foreach (var step in steps)
            {
                await step(scope.ServiceProvider, cancellationToken);
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
        catch (Exception ex) when (DatabaseFailure(ex) is { } failure)
        {
            // The database's own words (no connection string in them), not a stack trace.
            await Console.Error.WriteLineAsync($"sched: The database could not be used: {failure.Message}");
            return 1;
        }

        await Console.Out.WriteLineAsync(success());
        return 0;
    }
}
