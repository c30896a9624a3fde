namespace Modular.Shared.UnitTests.Domain;

public sealed class EntityEqualityTests
{
    private static readonly Guid Id = Guid.NewGuid();

    [Fact]
    public void Entities_of_the_same_type_and_id_are_equal_with_equal_hash_codes()
    {
        var first = new TestAggregate(Id);
        var second = new TestAggregate(Id);

        Assert.True(first.Equals(second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Entities_with_different_ids_are_not_equal() =>
        Assert.False(new TestAggregate(Id).Equals(new TestAggregate(Guid.NewGuid())));

    [Fact]
    public void Entities_of_different_types_with_the_same_id_are_not_equal() =>
        Assert.False(new TestAggregate(Id).Equals(new OtherAggregate(Id)));

    [Fact]
    public void An_entity_is_not_equal_to_null_or_to_its_bare_id()
    {
        var entity = new TestAggregate(Id);

        Assert.False(entity.Equals(null));
        Assert.False(entity.Equals(Id));
    }
}
