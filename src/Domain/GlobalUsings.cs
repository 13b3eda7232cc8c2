// Domain needs nothing beyond the base class library's implicit usings.
global using Sched.Domain.Common;
