using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Logging;

namespace Modular.Host.UnitTests.Logging;

public sealed class BufferedConsoleTests
{
    // The writer thread gets all the time it needs on a busy machine: these tests are about what arrives, not when.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public void Lines_written_from_many_threads_all_arrive_whole_once_the_writer_is_disposed()
    {
        using var output = new MemoryStream();
        const int threads = 8;
        const int perThread = 5_000;
        var writer = new ConsoleLineWriter(output, Patience);

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var index = 0; index < perThread; index++)
            {
                writer.Write($"{{\"thread\":{thread},\"line\":{index},\"padding\":\"{new string('x', index % 300)}\"}}\n");
            }
        });
        writer.Dispose();

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(threads * perThread, lines.Length);
        var seen = lines.Select(line => JsonDocument.Parse(line).RootElement).Select(line => (line.GetProperty("thread").GetInt32(), line.GetProperty("line").GetInt32()));
        Assert.Equal(threads * perThread, seen.Distinct().Count());
    }

    [Fact]
    public void The_lines_of_one_thread_keep_their_order()
    {
        using var output = new MemoryStream();
        var writer = new ConsoleLineWriter(output, Patience);

        for (var index = 0; index < 20_000; index++)
        {
            writer.Write($"{index}\n");
        }

        writer.Dispose();

        var numbers = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
        Assert.Equal(Enumerable.Range(0, 20_000), numbers);
    }

    [Fact]
    public void Lines_keep_arriving_without_disposal_through_busy_and_idle_spells_of_the_writer()
    {
        // The writer drains while lines keep coming and goes idle when a drain finds none; a line queued around that
        // moment must still be written, not wait for the next one (or for disposal).
        using var output = new LineCountingStream();
        using var writer = new ConsoleLineWriter(output, Patience);
        var written = 0;
        for (var spell = 0; spell < 50; spell++)
        {
            var burst = spell % 5 == 0 ? 2_000 : spell % 7;
            for (var index = 0; index <= burst; index++)
            {
                writer.Write($"{spell}:{index}\n");
                written++;
            }

            Assert.True(SpinWait.SpinUntil(() => output.Lines == written, Patience), $"{output.Lines} of {written} lines arrived");
        }
    }

    [Fact]
    public void A_line_written_after_disposal_is_still_written()
    {
        using var output = new MemoryStream();
        var writer = new ConsoleLineWriter(output, Patience);
        writer.Dispose();

        writer.Write("late\n");

        Assert.Equal("late\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void The_host_writes_the_frameworks_json_lines_with_scopes_through_the_buffered_console()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.AddModularLogging();
        using var services = builder.Services.BuildServiceProvider();
        Assert.DoesNotContain(services.GetServices<ILoggerProvider>(), provider => provider is ConsoleLoggerProvider);
        using var output = new MemoryStream();
        var provider = new BufferedConsoleLoggerProvider(
            services.GetRequiredService<IOptions<ConsoleLoggerOptions>>(), services.GetServices<ConsoleFormatter>(), output);
        using (var factory = LoggerFactory.Create(logging => logging.AddProvider(provider)))
        {
            var logger = factory.CreateLogger("Modular.Test");
            using (logger.BeginScope(new Dictionary<string, object?> { ["correlationId"] = "c-1" }))
            {
                logger.LogInformation(new EventId(7), "Answered {Status}", 200);
            }
        }

        // The factory does not dispose a provider it was handed; disposing it writes what is queued (reading before that
        // raced the writer thread, and lost on a busy machine).
        provider.Dispose();

        var line = Assert.Single(Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var entry = JsonDocument.Parse(line);
        Assert.Equal("Information", entry.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("Modular.Test", entry.RootElement.GetProperty("Category").GetString());
        Assert.Equal(7, entry.RootElement.GetProperty("EventId").GetInt32());
        Assert.Equal("Answered 200", entry.RootElement.GetProperty("Message").GetString());
        Assert.Equal(200, entry.RootElement.GetProperty("State").GetProperty("Status").GetInt32());
        Assert.Equal("c-1", entry.RootElement.GetProperty("Scopes")[0].GetProperty("correlationId").GetString());
        Assert.EndsWith("Z", entry.RootElement.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
    }
}
