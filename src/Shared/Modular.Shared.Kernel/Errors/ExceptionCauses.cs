namespace Modular.Shared.Kernel.Errors;

/// <summary>The exceptions a failure is made of, for code that classifies failures by what caused them.</summary>
public static class ExceptionCauses
{
    // A cycle of inner exceptions, or a huge aggregate, must not make a classification loop for long.
    private const int Limit = 32;

    /// <summary>
    /// <paramref name="exception"/> first, then its inner exceptions and every inner exception of an
    /// <see cref="AggregateException"/>, depth first; at most 32 in all.
    /// </summary>
    public static IEnumerable<Exception> Of(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        var seen = 0;
        while (pending.Count > 0 && seen++ < Limit)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
