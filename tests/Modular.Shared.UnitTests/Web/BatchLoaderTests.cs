using Modular.Shared.Web.GraphQL;

namespace Modular.Shared.UnitTests.Web;

/// <summary>Every key asked for before the first value is read is fetched in one call; a key is fetched once.</summary>
public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_collected_before_the_first_read_are_fetched_in_one_call_each_key_once()
    {
        var calls = new List<IReadOnlyList<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(key => key != 3).ToDictionary(key => key, key => $"v{key}"));
        });

        var results = new[] { 1, 2, 1, 3 }.Select(loader.Load).ToList();
        var values = new List<string?>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        Assert.Equal(["v1", "v2", "v1", null], values);
        Assert.Equal([1, 2, 3], Assert.Single(calls));
    }

    [Fact]
    public async Task A_key_asked_for_after_a_fetch_goes_into_the_next_batch_and_a_fetched_key_is_not_fetched_again()
    {
        var calls = new List<IReadOnlyList<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"v{key}"));
        });

        Assert.Equal("v1", await loader.Load(1).GetResultAsync());
        var again = loader.Load(1);
        var next = loader.Load(4);

        Assert.Equal("v4", await next.GetResultAsync());
        Assert.Equal("v1", await again.GetResultAsync());
        Assert.Equal([[1], [4]], calls);
    }
}
