namespace Modular.Shared.Web.Hubs;

/// <summary>The hub connections this process holds (recorded by <see cref="AccountConnectionsExtensions.AddInactiveAccountClosing"/>).</summary>
public interface IHeldHubConnections
{
    /// <summary>Aborts every hub connection held here (the clients' automatic reconnect brings them back); returns how many.</summary>
    int CloseAll();
}
