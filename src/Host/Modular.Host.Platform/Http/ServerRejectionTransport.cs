using System.IO.Pipelines;

namespace Modular.Host.Platform.Http;

/// <summary>The connection's transport with its output watched by a <see cref="ServerRejectionPipeWriter"/>.</summary>
internal sealed class ServerRejectionTransport(PipeReader input, PipeWriter output) : IDuplexPipe
{
    public PipeReader Input => input;

    public PipeWriter Output => output;
}
