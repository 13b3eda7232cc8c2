// AutoMapper as Application registers it: every profile is complete, and every map is capped in depth
// (GHSA-rvv3-g6hj-g44x, stack overflow on self-referential graphs, has no free fix).
using AutoMapper;
using AutoMapper.Internal;

namespace Sched.Application.UnitTests.Common;

public sealed class MappingTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddApplicationServices().BuildServiceProvider();

    private IMapper Mapper => _services.GetRequiredService<IMapper>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void The_configuration_is_valid()
    {
        Mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }

    [Fact]
    public void Every_map_that_maps_members_has_a_max_depth()
    {
        // A map with a converter builds its result in code and never recurses; the others must be capped.
        var maps = Mapper.ConfigurationProvider.Internal().GetAllTypeMaps().Where(map => map.TypeConverter is null).ToList();

        maps.Should().NotBeEmpty()
            .And.AllSatisfy(map => map.MaxDepth.Should().Be(
                ApplicationDependencyInjection.MappingMaxDepth, "{0} → {1} must be capped", map.SourceType.Name, map.DestinationType.Name));
    }
}
