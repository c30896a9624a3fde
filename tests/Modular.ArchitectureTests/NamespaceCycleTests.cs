using System.Reflection;
using Modular.ArchitectureTests.Fixtures.Cycles.Front;
using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

/// <summary>
/// No circle between the folders of a shared project (Outbox, Inbox, Persistence, ... of Shared.Infrastructure), nor
/// between those of the host's messaging (its relay and housekeeping).
/// </summary>
public sealed class NamespaceCycleTests
{
    private const string HostMessaging = "Modular.Host.Platform.Messaging";

    /// <summary>Each assembly with the namespace whose folders must not form a circle.</summary>
    public static TheoryData<string, string> Roots => new()
    {
        { "Modular.Shared.Kernel", "Modular.Shared.Kernel" },
        { "Modular.Shared.Application", "Modular.Shared.Application" },
        { "Modular.Shared.Infrastructure", "Modular.Shared.Infrastructure" },
        { "Modular.Host.Platform", HostMessaging },
    };

    [Theory]
    [MemberData(nameof(Roots))]
    public void The_folders_under_a_root_depend_on_each_other_without_a_circle(string assembly, string root)
    {
        var circles = NamespaceCycleRules.Circles(Assembly.Load(assembly), root);

        Assert.True(circles.Count == 0, $"Folders of {root} in a circle: {string.Join("; ", circles.Select(circle => string.Join(" <-> ", circle)))}");
    }

    [Fact]
    public void Shared_messaging_folders_stand_on_Events_and_Lifetime_and_Outbox_and_Inbox_know_neither_each_other_nor_Persistence()
    {
        var uses = NamespaceCycleRules.Dependencies(Assembly.Load("Modular.Shared.Infrastructure"), "Modular.Shared.Infrastructure");

        Assert.Empty(uses["Events"]);
        Assert.Empty(uses["Lifetime"]);
        Assert.Equal(["Lifetime"], uses["Jobs"]);
        Assert.Equal(["Events"], uses["Outbox"]);
        Assert.Equal(["Events", "Lifetime"], uses["Inbox"]);
    }

    [Fact]
    public void Host_messaging_relay_knows_nothing_of_housekeeping_which_reads_the_outbox_through_the_relay_store()
    {
        var uses = NamespaceCycleRules.Dependencies(ModuleAssemblies.Platform, HostMessaging);

        Assert.Equal(["Housekeeping", "Relay"], uses.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(uses["Relay"]);
        Assert.Equal(["Relay"], uses["Housekeeping"]);
    }

    [Fact]
    public void Circle_rule_flags_exactly_the_namespaces_in_a_circle()
    {
        var root = typeof(FrontDesk).Namespace![..typeof(FrontDesk).Namespace!.LastIndexOf('.')];

        var circles = NamespaceCycleRules.Circles(typeof(FrontDesk).Assembly, root);

        var circle = Assert.Single(circles);
        Assert.Equal(["Back", "Front"], circle);
        Assert.Equal(["Back", "Leaf"], NamespaceCycleRules.Dependencies(typeof(FrontDesk).Assembly, root)["Front"]);
    }
}
