using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Modular.Shared.Infrastructure.Configuration;

/// <summary>
/// The one way every options class of the solution is registered: bound to its configuration section and validated when
/// the host starts, so a bad setting stops it with one <c>Invalid configuration</c> line naming the setting (exit code 2).
/// </summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="sectionPath"/> and checks its data annotations at startup
    /// (and those of nested objects whose property carries <see cref="ValidateObjectMembersAttribute"/>). Each failure
    /// names the setting (<c>Section:Key</c>) and its environment variable (<c>Section__Key</c>), never the value.
    /// Registering the same options twice (several modules sharing one section) validates them once. The section path is
    /// a configuration path such as <c>Identity:Password</c>; empty binds the configuration root.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionPath)
        where TOptions : class
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new AnnotatedOptionsValidator<TOptions>(sectionPath)));
        return services.AddOptions<TOptions>()
            .Bind(sectionPath.Length == 0 ? configuration : configuration.GetSection(sectionPath))
            .ValidateOnStart();
    }

    /// <summary>
    /// As <see cref="AddValidatedOptions{TOptions}"/>, plus <typeparamref name="TValidator"/> for the rules an attribute
    /// cannot state: those that depend on the environment, parse a value, or reuse another validator.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionPath)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddValidatedOptions<TOptions>(configuration, sectionPath);
    }
}
