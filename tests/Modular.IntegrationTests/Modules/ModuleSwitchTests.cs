using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Persistence;

using Modular.Testing;

namespace Modular.IntegrationTests.Modules;

/// <summary>
/// <c>Modules:Enabled</c>: a process that runs one module answers that module's paths only, documents and reports only
/// it, and holds no service of the modules that are off (no handler, queue, relay, job, migration or health entry).
/// Each module is also shown to start and be ready on its own, which no other test does.
/// </summary>
public sealed class ModuleSwitchTests
{
    /// <summary>A path of each module and the method that reaches it; anonymous, so it answers anything but 404 when mapped.</summary>
    private static readonly Dictionary<string, (HttpMethod Method, string Path, string[] OpenApiPrefixes)> Probes = new()
    {
        ["Identity"] = (HttpMethod.Get, "/api/identity/me", ["/api/identity/"]),
        ["Users"] = (HttpMethod.Get, "/api/users", ["/api/users"]),
        ["Orders"] = (HttpMethod.Get, "/api/products", ["/api/products", "/api/orders"]),
        ["Notifications"] = (HttpMethod.Post, "/hubs/notifications/negotiate?negotiateVersion=1", []),
    };

    public static TheoryData<string> ModuleNames => new(Probes.Keys);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public async Task A_process_running_one_module_serves_documents_and_reports_that_module_alone(string module)
    {
        IServiceCollection? registered = null;
        using var root = new ModularApiFactory();
        // Written in another case and padded: names are matched case-insensitively and trimmed.
        await using var factory = Host(root, $" {module.ToUpperInvariant()} ", services => registered = services);
        using var client = factory.CreateClient();

        await AssertReadyWithEntriesOfAsync(client, module);
        foreach (var (other, probe) in Probes)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(probe.Method, probe.Path));
            if (other == module)
            {
                Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        var paths = await OpenApiPathsAsync(client);
        // Every operation is the module's own, and each of its route groups is there (the hub has no operation).
        Assert.All(paths, path => Assert.Contains(Probes[module].OpenApiPrefixes, prefix => path.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.All(Probes[module].OpenApiPrefixes, prefix => Assert.Contains(paths, path => path.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.NotNull(registered);
        var databases = registered.Select(service => service.ImplementationInstance).OfType<ModuleDatabase>().ToList();
        Assert.Equal(module.ToLowerInvariant(), Assert.Single(databases).Module);
        Assert.Empty(ServicesOfModulesOtherThan(module, registered));
        // The probe does see a module's services: the running module's own, seen from another module's side.
        Assert.NotEmpty(ServicesOfModulesOtherThan(Probes.Keys.First(other => other != module), registered));
    }

    [Fact]
    public async Task Every_module_runs_when_the_setting_is_absent_and_the_split_of_the_contract_composes_two_modules()
    {
        using var root = new ModularApiFactory();
        await using var all = Host(root, enabled: null, _ => { });
        await using var identityAndUsers = Host(root, "Identity,Users", _ => { });
        using var allClient = all.CreateClient();
        using var splitClient = identityAndUsers.CreateClient();

        await AssertReadyWithEntriesOfAsync(allClient, [.. Probes.Keys]);
        await AssertReadyWithEntriesOfAsync(splitClient, "Identity", "Users");
        using var products = await splitClient.GetAsync("/api/products");
        Assert.Equal(HttpStatusCode.NotFound, products.StatusCode);
    }

    private static WebApplicationFactory<Program> Host(ModularApiFactory root, string? enabled, Action<IServiceCollection> inspect) =>
        root.WithWebHostBuilder(builder =>
        {
            if (enabled is not null)
            {
                builder.UseSetting("Modules:Enabled", enabled);
            }

            // These hosts check composition only: they must not take events other test classes wait for.
            builder.UseSetting("Messaging:ConsumeEvents", "false");
            builder.ConfigureServices(inspect);
        });

    private static async Task AssertReadyWithEntriesOfAsync(HttpClient client, params string[] modules)
    {
        // The bus connects after the host has started: readiness turns 200 once it has, within seconds.
        using var ready = await Eventually.Until(
            () => client.GetAsync("/health/ready"), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "readiness");
        var body = await ready.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        var entries = document.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()).ToHashSet();
        foreach (var module in Probes.Keys)
        {
            Assert.Equal(modules.Contains(module), entries.Contains(module.ToLowerInvariant()));
        }
    }

    private static async Task<List<string>> OpenApiPathsAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject().Select(path => path.Name)];
    }

    /// <summary>
    /// Registrations whose service or implementation type (or a generic argument of it) comes from a layer of a module
    /// that is off. Its integration events may appear: a running module's consumers name the events they handle.
    /// </summary>
    private static List<string> ServicesOfModulesOtherThan(string module, IServiceCollection services)
    {
        var offLayers = Probes.Keys.Where(other => other != module)
            .SelectMany(other => new[] { "Domain", "Application", "Infrastructure", "Api" }.Select(layer => $"Modular.{other}.{layer}"))
            .ToHashSet(StringComparer.Ordinal);
        return [.. services
            .SelectMany(service => service.IsKeyedService
                ? new[] { service.ServiceType, service.KeyedImplementationType, service.KeyedImplementationInstance?.GetType() }
                : [service.ServiceType, service.ImplementationType, service.ImplementationInstance?.GetType()])
            .OfType<Type>()
            .SelectMany(Expand)
            .Where(type => offLayers.Contains(type.Assembly.GetName().Name ?? string.Empty))
            .Select(type => type.FullName ?? type.Name)
            .Distinct()];
    }

    private static IEnumerable<Type> Expand(Type type) =>
        type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Expand)] : [type];
}
