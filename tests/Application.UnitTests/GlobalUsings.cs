// Namespaces that nearly every handler test needs.
global using MediatR;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.Extensions.DependencyInjection;
global using Sched.Application.Common.Exceptions;
global using Sched.Application.Common.Interfaces;
global using Sched.Application.Common.Models;
global using Sched.Application.Common.Security;
global using Sched.Application.Common.Time;
global using Sched.Application.UnitTests.Support;
global using Sched.Infrastructure.Identity;
global using Sched.Infrastructure.Persistence;
global using Sched.TestSupport;
