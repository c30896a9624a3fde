using Modular.Shared.Infrastructure.Accounts;
using StackExchange.Redis;

namespace Modular.Shared.UnitTests.Accounts;

/// <summary>The value every process reads the ended logins of an account from (ADR 0044), as Identity's script writes it.</summary>
public sealed class EndedSessionsTests
{
    [Fact]
    public void Each_entry_s_session_id_is_read_and_an_unreadable_entry_is_skipped()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var until = new DateTimeOffset(2026, 11, 30, 21, 0, 0, TimeSpan.Zero);
        var value = string.Join(',', EndedSessions.Entry(first, until), "garbage", "0123:45", EndedSessions.Entry(second, until));

        Assert.Equal([first, second], EndedSessions.Parse(value)!);
        Assert.Equal($"{first:N}:{until.ToUnixTimeMilliseconds()}", EndedSessions.Entry(first, until));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    public void No_readable_entry_is_no_ended_login(string? value) =>
        Assert.Null(EndedSessions.Parse(value is null ? RedisValue.Null : (RedisValue)value));
}
