using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Logging;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.UnitTests.Logging;

public sealed class LoggingFormatTests
{
    [Theory]
    [InlineData("Development", null, ConsoleFormatterNames.Simple)]
    [InlineData("Production", null, ConsoleFormatterNames.Json)]
    [InlineData("Staging", null, ConsoleFormatterNames.Json)]
    [InlineData("Development", "json", ConsoleFormatterNames.Json)]
    [InlineData("Production", "text", ConsoleFormatterNames.Simple)]
    [InlineData("Production", "TEXT", ConsoleFormatterNames.Simple)]
    public void Logging_Format_chooses_the_console_formatter(string environment, string? format, string formatter)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        if (format is not null)
        {
            builder.Configuration["Logging:Format"] = format;
        }

        builder.AddModularLogging();
        using var provider = builder.Services.BuildServiceProvider();

        Assert.Equal(formatter, provider.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
    }

    [Fact]
    public void Text_lines_carry_a_utc_timestamp_and_the_scopes_on_one_line()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddModularLogging();
        using var provider = builder.Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue;

        Assert.True(options.SingleLine);
        Assert.True(options.IncludeScopes);
        Assert.True(options.UseUtcTimestamp);
        Assert.Equal("yyyy-MM-dd'T'HH:mm:ss.fff'Z' ", options.TimestampFormat);
    }

    [Theory]
    [InlineData("json", true)]
    [InlineData("Text", true)]
    [InlineData("xml", false)]
    [InlineData("", true)]
    public void An_unknown_format_stops_the_host_naming_the_setting(string format, bool valid)
    {
        var failures = OptionsValidation.Failures<LoggingOptions>(
            (services, configuration) => services.AddValidatedOptions<LoggingOptions>(configuration, LoggingOptions.SectionName),
            "Production",
            ("Logging:Format", format));

        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, failure => Assert.Contains("Logging:Format", failure, StringComparison.Ordinal));
    }
}
