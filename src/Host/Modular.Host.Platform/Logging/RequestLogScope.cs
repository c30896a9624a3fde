using System.Collections;

namespace Modular.Host.Platform.Logging;

/// <summary>
/// The scope every log line of a request carries: structured fields for JSON output, and a readable text
/// (a plain dictionary would print as its type name in the scope's "Message").
/// </summary>
internal sealed class RequestLogScope(string correlationId, string traceId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("correlationId", correlationId),
        1 => new("traceId", traceId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"correlationId:{correlationId} traceId:{traceId}";
}
