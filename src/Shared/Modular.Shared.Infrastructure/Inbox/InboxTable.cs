using Microsoft.EntityFrameworkCore;

namespace Modular.Shared.Infrastructure.Inbox;

internal static class InboxTable
{
    /// <summary>The quoted name of the inbox table <paramref name="context"/> maps (the one of its module's schema).</summary>
    public static string Of(DbContext context)
    {
        var inbox = context.Model.FindEntityType(typeof(InboxMessage))
            ?? throw new InvalidOperationException($"{context.GetType().Name} maps no inbox table.");
        return $"\"{inbox.GetSchema()}\".\"{inbox.GetTableName()}\"";
    }
}
