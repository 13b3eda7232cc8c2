// Namespaces every use case needs.
global using FluentValidation;
global using MediatR;
global using Microsoft.Extensions.Logging;
global using Sched.Application.Common.Exceptions;
global using Sched.Application.Common.Interfaces;
global using Sched.Application.Common.Models;
global using Sched.Application.Common.Security;
global using Sched.Domain.Common;
global using ValidationException = Sched.Application.Common.Exceptions.ValidationException;
