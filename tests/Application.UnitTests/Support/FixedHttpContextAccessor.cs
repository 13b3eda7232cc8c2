// Hands SignInManager one request for the whole test, without the AsyncLocal of the real accessor.
using Microsoft.AspNetCore.Http;

namespace Sched.Application.UnitTests.Support;

public sealed class FixedHttpContextAccessor(HttpContext context) : IHttpContextAccessor
{
    public HttpContext? HttpContext { get; set; } = context;
}
