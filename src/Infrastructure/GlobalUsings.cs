// Namespaces most Infrastructure files need.
global using Microsoft.AspNetCore.Identity;
global using Microsoft.EntityFrameworkCore;
global using Sched.Application.Common.Interfaces;
global using Sched.Application.Common.Models;
global using Sched.Domain.Common;
