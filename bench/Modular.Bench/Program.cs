using Modular.Bench;

// Messaging benchmarks on the real local services (see bench/README.md):
//   latency [events=1000] [perSecond=200]   outbox-to-consumer latency, p50/p99
//   throughput [backlog=10000]               relay throughput draining a backlog
//   users-readable [users=200]               identity.user-registered published -> GET /api/users/{id} 200, p50/p99
//   users-search [profiles=100000]           query plans of the admin list's search on that many profiles
//   bcrypt [seconds=3]                       password verification cost per bcrypt work factor
//   login [logins=300] [concurrency=8]       POST /api/identity/login through the host: p50/p99, logins/s
//   notifications [events=200] [perSecond=20] order event to SignalR client latency, p50/p99
//   orders [clients=32] [seconds=20] [items=3] [products=20]
//                                            orders placed per second and latency (in-process host,
//                                            or the running host at MODULAR_BENCH_URL)
var scenario = args.Length > 0 ? args[0] : "all";
var numbers = args.Skip(1).Select(int.Parse).ToArray();

if (scenario is "latency" or "all")
{
    await OutboxLatencyBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var events ? events : 1000, numbers.ElementAtOrDefault(1) is > 0 and var rate ? rate : 200);
}

if (scenario is "orders")
{
    var target = Environment.GetEnvironmentVariable("MODULAR_BENCH_URL") is { Length: > 0 } url ? new Uri(url) : null;
    await OrderPlacementBenchmark.RunAsync(
        numbers.ElementAtOrDefault(0) is > 0 and var clients ? clients : 32,
        numbers.ElementAtOrDefault(1) is > 0 and var seconds ? seconds : 20,
        numbers.ElementAtOrDefault(2) is > 0 and var items ? items : 3,
        numbers.ElementAtOrDefault(3) is > 0 and var products ? products : 20,
        target);
}

if (scenario is "throughput" or "all")
{
    await RelayThroughputBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var backlog ? backlog : 10_000);
}

if (scenario is "users-readable")
{
    await UsersReadableBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var users ? users : 200);
}

if (scenario is "users-search")
{
    await UsersSearchBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var profiles ? profiles : 100_000);
}

if (scenario is "bcrypt")
{
    PasswordHashBenchmark.Run(numbers.ElementAtOrDefault(0) is > 0 and var seconds ? seconds : 3);
}

if (scenario is "login")
{
    await LoginBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var logins ? logins : 300, numbers.ElementAtOrDefault(1) is > 0 and var concurrency ? concurrency : 8);
}

if (scenario is "notifications" or "all")
{
    await NotificationLatencyBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var events ? events : 200, numbers.ElementAtOrDefault(1) is > 0 and var rate ? rate : 20);
}
