using Modular.Bench;

// Messaging benchmarks on the real local services (see bench/README.md):
//   latency [events=1000] [perSecond=200]   outbox-to-consumer latency, p50/p99
//   throughput [backlog=10000]               relay throughput draining a backlog
//   bcrypt [seconds=3]                       password verification cost per bcrypt work factor
//   login [logins=300] [concurrency=8]       POST /api/identity/login through the host: p50/p99, logins/s
var scenario = args.Length > 0 ? args[0] : "all";
var numbers = args.Skip(1).Select(int.Parse).ToArray();

if (scenario is "latency" or "all")
{
    await OutboxLatencyBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var events ? events : 1000, numbers.ElementAtOrDefault(1) is > 0 and var rate ? rate : 200);
}

if (scenario is "throughput" or "all")
{
    await RelayThroughputBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var backlog ? backlog : 10_000);
}

if (scenario is "bcrypt")
{
    PasswordHashBenchmark.Run(numbers.ElementAtOrDefault(0) is > 0 and var seconds ? seconds : 3);
}

if (scenario is "login")
{
    await LoginBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var logins ? logins : 300, numbers.ElementAtOrDefault(1) is > 0 and var concurrency ? concurrency : 8);
}
