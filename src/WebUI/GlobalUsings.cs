// Namespaces most WebUI files need.
global using MediatR;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Sched.Application.Common.Exceptions;
global using Sched.Application.Common.Interfaces;
global using Sched.Application.Common.Models;
global using Sched.Application.Common.Time;
global using Sched.WebUI.Models;
global using Sched.WebUI.Services;
