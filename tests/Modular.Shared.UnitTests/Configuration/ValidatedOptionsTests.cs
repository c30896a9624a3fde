using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Shared.UnitTests.Configuration;

public sealed class ValidatedOptionsTests
{
    [Fact]
    public void Valid_settings_bind_from_the_section()
    {
        var options = Resolve(services => services.AddValidatedOptions<SampleOptions>(Configuration(("Sample:Count", "7")), "Sample"));

        Assert.Equal(7, options.Count);
    }

    [Fact]
    public void A_failure_names_the_setting_and_its_environment_variable_but_not_the_value()
    {
        var failures = Failures(services =>
            services.AddValidatedOptions<SampleOptions>(Configuration(("Sample:Count", "11"), ("Sample:Secret", " ")), "Sample"));

        Assert.Equal(2, failures.Count);
        Assert.Contains("The field Sample:Count must be between 1 and 10 (environment variable Sample__Count).", failures);
        Assert.Contains("The Sample:Secret field is required (environment variable Sample__Secret).", failures);
        Assert.DoesNotContain(failures, failure => failure.Contains("11", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_objects_are_checked_only_when_their_property_asks_for_it()
    {
        var failures = Failures(services => services.AddValidatedOptions<SampleOptions>(
            Configuration(("A:B:Rule:Window", "00:00:00"), ("A:B:Unchecked:Window", "00:00:00")), "A:B"));

        var failure = Assert.Single(failures);
        Assert.Contains("A:B:Rule:Window", failure, StringComparison.Ordinal);
        Assert.Contains("A__B__Rule__Window", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_section_path_binds_the_root_and_names_the_key_alone()
    {
        var failure = Assert.Single(Failures(services => services.AddValidatedOptions<SampleOptions>(Configuration(("Count", "0")), "")));

        Assert.StartsWith("The field Count must be", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_the_same_options_twice_reports_each_failure_once()
    {
        var configuration = Configuration(("Sample:Count", "0"));

        var failures = Failures(services =>
        {
            services.AddValidatedOptions<SampleOptions>(configuration, "Sample");
            services.AddValidatedOptions<SampleOptions>(configuration, "Sample");
        });

        Assert.Single(failures);
    }

    [Fact]
    public void A_validator_adds_the_rules_attributes_cannot_state()
    {
        var failures = Failures(services => services.AddValidatedOptions<SampleOptions, SampleSecretValidator>(
            Configuration(("Sample:Secret", "weak-one"), ("Sample:Count", "0")), "Sample"));

        Assert.Equal(2, failures.Count);
        Assert.Contains("Sample:Secret is weak.", failures);
    }

    [Fact]
    public void Validation_runs_when_the_host_starts()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions<SampleOptions>(Configuration(("Sample:Count", "0")), "Sample");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Sample:Count", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();

    private static SampleOptions Resolve(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SampleOptions>>().Value;
    }

    private static IReadOnlyList<string> Failures(Action<IServiceCollection> register)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(register));
        return [.. exception.Failures];
    }
}
