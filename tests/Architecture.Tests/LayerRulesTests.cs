// Architecture tests: each rule of the layering, named in words with the reason it exists.
using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;

namespace Sched.Architecture.Tests;

public sealed class LayerRulesTests
{
    private static readonly Assembly Domain = typeof(Sched.Domain.Common.IAuditable).Assembly;
    private static readonly Assembly Application = typeof(ApplicationDependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(InfrastructureDependencyInjection).Assembly;
    private static readonly Assembly WebUI = typeof(Program).Assembly;

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        // Because: the domain's rules must be testable and reusable without any framework.
        AssertNoDependency(Types.InAssembly(Domain),
            "Sched.Application", "Sched.Infrastructure", "Sched.WebUI",
            "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions",
            "MediatR", "AutoMapper", "FluentValidation");

        Domain.GetReferencedAssemblies().Select(a => a.Name)
            .Should().OnlyContain(name => name == "System.Runtime" || name!.StartsWith("System.", StringComparison.Ordinal),
                "Domain references nothing but the base class library");
    }

    [Fact]
    public void Application_depends_on_neither_Infrastructure_nor_WebUI_nor_ASP_NET_Core_nor_a_database_provider()
    {
        // Because: use cases must run the same behind a browser, the command line and unit tests.
        AssertNoDependency(Types.InAssembly(Application),
            "Sched.Infrastructure", "Sched.WebUI", "Microsoft.AspNetCore",
            "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "Npgsql");

        Application.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain(name => name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                                         || name.Contains("Sqlite", StringComparison.Ordinal)
                                         || name.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_does_not_depend_on_the_iCalendar_library()
    {
        // Because: the iCalendar format is a detail behind two ports (ICalendarFileWriter, ICalendarFileReader);
        // use cases speak in appointments, and swapping or upgrading the library touches Infrastructure alone.
        AssertNoDependency(Types.InAssembly(Application), "Ical.Net");

        Application.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain("Ical.Net");
    }

    [Fact]
    public void Only_Infrastructures_calendar_module_speaks_Ical_Net()
    {
        // Because: one folder (Infrastructure/Calendars) holds every use of the library, its pitfalls
        // (folding, invented UIDs) handled once; the rest of the solution sees Application's types.
        AssertNoDependency(Types.InAssembly(Domain), "Ical.Net");
        AssertNoDependency(Types.InAssembly(WebUI), "Ical.Net");
        AssertNoDependency(Types.InAssembly(Infrastructure).That().DoNotResideInNamespace("Sched.Infrastructure.Calendars"), "Ical.Net");
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_WebUI()
    {
        // Because: persistence and identity are plugged into the web app, not the other way round.
        AssertNoDependency(Types.InAssembly(Infrastructure), "Sched.WebUI");
    }

    [Fact]
    public void Controllers_do_not_use_the_DbContext_or_the_Identity_managers()
    {
        // Because: controllers only build a request, send it and choose a view; rules live in handlers.
        AssertNoDependency(
            Types.InAssembly(WebUI).That().ResideInNamespace("Sched.WebUI.Controllers"),
            "Sched.Infrastructure", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Identity");
    }

    [Fact]
    public void Request_handlers_live_in_Application()
    {
        // Because: every use case is found in one layer, one folder per use case.
        var handlersOutsideApplication = new[] { Domain, Infrastructure, WebUI }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            .Select(t => t.FullName);

        handlersOutsideApplication.Should().BeEmpty();
        Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            .Should().NotBeEmpty("Application holds the handlers");
    }

    [Fact]
    public void No_handler_sends_through_the_mediator()
    {
        // Because: a handler that sends another request runs the whole pipeline (logging, authorization,
        // validation) twice; shared logic is shared code instead.
        AssertNoDependency(
            Types.InAssembly(Application).That().ImplementInterface(typeof(IRequestHandler<,>)),
            "MediatR.IMediator", "MediatR.IPublisher");
    }

    [Fact]
    public void Application_ports_and_their_results_name_no_FluentValidation_type()
    {
        // Because: each port returns Application's own types, so a library swap stays inside one layer.
        AssertNoDependency(
            Types.InAssembly(Application).That()
                .ResideInNamespace("Sched.Application.Common.Interfaces").Or().ResideInNamespace("Sched.Application.Common.Models"),
            "FluentValidation");
    }

    [Fact]
    public void WebUI_services_and_filters_do_not_reach_into_Infrastructure()
    {
        // Because: the web side reads what Application declares (claim names, ports); only the
        // composition root and the command line's schema verbs wire Infrastructure in.
        AssertNoDependency(
            Types.InAssembly(WebUI).That()
                .ResideInNamespace("Sched.WebUI.Services").Or().ResideInNamespace("Sched.WebUI.Filters")
                .Or().ResideInNamespace("Sched.WebUI.Security").Or().ResideInNamespace("Sched.WebUI.Models"),
            "Sched.Infrastructure");
    }

    [Fact]
    public void WebUI_services_and_filters_name_nothing_from_Infrastructure_in_their_source()
    {
        // Because: the compiled-code rule above cannot see a const taken from Infrastructure (C# copies its
        // value into the caller), which is how CurrentUser once read a claim name; the source text can.
        var webUI = Path.Combine(RepositoryRoot(), "src", "WebUI");
        var offending = new[] { "Services", "Filters", "Security", "Models" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(webUI, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => File.ReadAllText(file).Contains("Sched.Infrastructure", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(webUI, file));

        offending.Should().BeEmpty("WebUI's services, filters, security and models read Application's names, not Infrastructure's");
    }

    [Fact]
    public void Only_Infrastructures_mail_module_speaks_MailKit_or_MimeKit()
    {
        // Because: no request waits on a mail server. Use cases hand mail to the outbox port, and only the
        // background sender in Infrastructure.Mail builds MIME messages and talks SMTP.
        string[] mailLibraries = ["MailKit", "MimeKit"];
        AssertNoDependency(Types.InAssembly(Domain), mailLibraries);
        AssertNoDependency(Types.InAssembly(Application), mailLibraries);
        AssertNoDependency(Types.InAssembly(WebUI), mailLibraries);
        AssertNoDependency(Types.InAssembly(Infrastructure).That().DoNotResideInNamespace("Sched.Infrastructure.Mail"), mailLibraries);

        Application.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(mailLibraries);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sched.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Sched.sln above {AppContext.BaseDirectory}.");
    }

    private static void AssertNoDependency(PredicateList types, params string[] forbidden) =>
        AssertNoDependency(types.Should(), forbidden);

    private static void AssertNoDependency(Types types, params string[] forbidden) =>
        AssertNoDependency(types.Should(), forbidden);

    private static void AssertNoDependency(Conditions conditions, string[] forbidden)
    {
        var result = conditions.NotHaveDependencyOnAny(forbidden).GetResult();
        (result.FailingTypeNames ?? []).Should().BeEmpty();
        result.IsSuccessful.Should().BeTrue();
    }
}
