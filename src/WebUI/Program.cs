// Sched's entry point: a command-line verb when given one, otherwise the web app.
using Microsoft.Extensions.Logging.Console;
using Sched.WebUI.Cli;
using Sched.WebUI.Operations;
using Sched.WebUI.Security;

var isCommand = SchedCommandLine.IsCommand(args);

// Verbs take their own options, so they are not handed to the configuration system as settings.
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
if (isCommand)
{
    // A verb prints one line of its own; the console log shows only what went wrong, and not EF Core's
    // account of a database it cannot use, which the verb's one line reports.
    builder.Logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);
    builder.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft.EntityFrameworkCore", LogLevel.None);
}

builder.Services
    .AddApplicationServices()
    .AddInfrastructureServices(builder.Configuration, builder.Environment)
    .AddDatabaseHealthChecks()
    .AddWebUIServices(builder.Configuration);

var app = builder.Build();

if (isCommand)
{
    return await SchedCommandLine.RunAsync(app.Services, args);
}

if (InfrastructureDependencyInjection.MigratesOnStartup(app.Configuration))
{
    await app.Services.MigrateDatabaseAsync(CancellationToken.None);
}

if (app.Configuration.GetValue("Sched:ForwardedHeaders:Enabled", false))
{
    app.UseForwardedHeaders();
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseRequestBodyLimit(app.Configuration);
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthEndpoints();

// An unknown path is a 404 page for everyone, signed in or not (the status code pages render it).
app.MapFallback(context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>Lets the integration tests start the real app.</summary>
public partial class Program;
