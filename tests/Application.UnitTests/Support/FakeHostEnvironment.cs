// The little of the host that Infrastructure reads: where a relative database file would go.
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Sched.Application.UnitTests.Support;

public sealed class FakeHostEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";

    public string ApplicationName { get; set; } = "Sched.Application.UnitTests";

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
