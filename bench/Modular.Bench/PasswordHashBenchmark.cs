using System.Diagnostics;
using System.Globalization;

namespace Modular.Bench;

/// <summary>bcrypt (enhanced, SHA-384 pre-hash) verification cost per work factor: one at a time, and all cores busy.</summary>
internal static class PasswordHashBenchmark
{
    public static void Run(int seconds)
    {
        foreach (var workFactor in new[] { 10, 11, 12 })
        {
            var hash = BCrypt.Net.BCrypt.EnhancedHashPassword("correct horse battery", workFactor);
            var samples = Enumerable.Range(0, 9).Select(_ => Time(() => BCrypt.Net.BCrypt.EnhancedVerify("correct horse battery", hash))).Order().ToList();

            var verified = 0;
            var clock = Stopwatch.StartNew();
            Parallel.For(0, Environment.ProcessorCount, _ =>
            {
                while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
                {
                    BCrypt.Net.BCrypt.EnhancedVerify("correct horse battery", hash);
                    Interlocked.Increment(ref verified);
                }
            });

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"bcrypt cost {workFactor}: one verification p50 {samples[samples.Count / 2]:0.0} ms; {verified / clock.Elapsed.TotalSeconds:0.0} verifications/s on {Environment.ProcessorCount} cores"));
        }
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
