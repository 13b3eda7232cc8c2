using System.Reflection;
using AutoMapper;
using AutoMapper.Internal;
using Sched.Application.Common.Behaviours;
using Sched.Application.Users.Common;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Application: MediatR with its behaviours, validators, and AutoMapper profiles.</summary>
public static class ApplicationDependencyInjection
{
    /// <summary>DTOs are flat; a depth cap keeps AutoMapper away from self-referential graphs (GHSA-rvv3-g6hj-g44x).</summary>
    public const int MappingMaxDepth = 2;

    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddAutoMapper(ConfigureMapping, assembly);
        // Building a validator's rules costs more than running them, so each is built once. A rule
        // that needs the current user reads it when it runs (ICurrentUser reads the current request).
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);
        services.AddMediator(assembly);
        services.AddScoped<AddressMails>();

        // Registration order is pipeline order, outermost first: log, catch, authorize, then validate
        // (an anonymous caller learns nothing about the rules of a request it may not send).
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        return services;
    }

    /// <summary>What every map gets, besides its profile: the depth cap.</summary>
    public static void ConfigureMapping(IMapperConfigurationExpression cfg) =>
        cfg.Internal().ForAllMaps((_, map) => map.MaxDepth(MappingMaxDepth));

    /// <summary>MediatR 5 has no DI package: register the mediator and every handler found in the assembly.</summary>
    private static void AddMediator(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        var handlers = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in handlers)
        {
            services.AddScoped(service, implementation);
        }
    }
}
