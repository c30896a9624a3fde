namespace Modular.FaultTests.Harness;

internal enum ReadinessExpectation
{
    /// <summary>A dependency is away: 503 (after a few seconds to notice), then 200 within 10 s of its return.</summary>
    NotReadyDuringFault,

    /// <summary>Nothing the host depends on is away (a failing consumer): 200 all along.</summary>
    ReadyThroughout,

    /// <summary>The host itself is gone: nothing answers; 200 within 10 s of the new process being up.</summary>
    HostAbsentDuringFault,
}
