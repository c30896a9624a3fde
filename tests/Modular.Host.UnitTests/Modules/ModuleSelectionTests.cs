using Modular.Host.Platform.Modules;

namespace Modular.Host.UnitTests.Modules;

public sealed class ModuleSelectionTests
{
    private static readonly string[] Known = ["Identity", "Users", "Orders", "Notifications"];

    [Theory]
    [InlineData(null, "Identity,Users,Orders,Notifications")]
    [InlineData("Orders", "Orders")]
    [InlineData("orders", "Orders")]
    [InlineData(" Identity , USERS ", "Identity,Users")]
    [InlineData("Orders,Notifications,orders", "Orders,Notifications")]
    public void A_valid_selection_runs_the_named_modules_whatever_their_case_and_spacing(string? enabled, string expected)
    {
        var selection = ModuleSelection.Parse(enabled);

        Assert.Null(selection.Problem(Known));
        Assert.Equal(expected.Split(','), Known.Where(selection.Includes));
    }

    [Theory]
    [InlineData("Orders,Bogus", "'Bogus'")]
    [InlineData("Order", "'Order'")]
    [InlineData("", "an empty name")]
    [InlineData(" ", "an empty name")]
    [InlineData("Orders,", "an empty name")]
    [InlineData("Orders,,Users", "an empty name")]
    [InlineData("Identity;Users", "'Identity;Users'")]
    public void An_empty_or_unknown_name_is_one_problem_naming_the_setting_the_entry_and_the_modules(string enabled, string entry)
    {
        var problem = ModuleSelection.Parse(enabled).Problem(Known);

        Assert.NotNull(problem);
        Assert.StartsWith("Modules:Enabled (environment variable Modules__Enabled) has entries that name no module: ", problem, StringComparison.Ordinal);
        Assert.Contains(entry, problem, StringComparison.Ordinal);
        Assert.Contains("Identity, Users, Orders, Notifications", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_wrong_entry_is_named_once()
    {
        var problem = ModuleSelection.Parse("Bogus,Orders,bogus,Bogus").Problem(Known);

        Assert.Contains("'Bogus', 'bogus';", problem, StringComparison.Ordinal);
    }
}
