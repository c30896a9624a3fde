using Modular.Shared.Infrastructure.Caching;

namespace Modular.Shared.UnitTests.Caching;

public sealed class CacheSerializationTests
{
    [Fact]
    public void Value_tuples_and_structs_read_back_from_the_distributed_level_equal_what_was_written()
    {
        AssertRoundTrip((7, "seven"));
        AssertRoundTrip((Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), 12.50m, true));
        AssertRoundTrip(new KeyValuePair<string, int>("stock", 3));
    }

    private static void AssertRoundTrip<T>(T value)
    {
        var serializer = CacheSerialization.Create();

        Assert.Equal(value, serializer.Deserialize<T>(serializer.Serialize(value)));
    }
}
