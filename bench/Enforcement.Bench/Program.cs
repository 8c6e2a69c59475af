using BenchmarkDotNet.Running;
using Enforcement.Bench.Cases;

// Micro-benchmarks: dotnet run -c Release --project bench/Enforcement.Bench -- --filter '*' --inProcess
// (in-process: the generated benchmark project would inherit this repository's central package pins and fail).
// Case load benchmark: dotnet run -c Release --project bench/Enforcement.Bench -- cases --postgres "Host=…;Username=…;Password=…;Database=postgres"
if (args.Length > 0 && args[0] == "cases") return await CaseLoadBenchmark.RunAsync(args[1..]);
// Statistics benchmark: dotnet run -c Release --project bench/Enforcement.Bench -- wim-stats --postgres "…" [--records 10000000]
if (args.Length > 0 && args[0] == "wim-stats") return await Enforcement.Bench.WimStats.WimStatsBenchmark.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Enforcement.Bench.FoundationBenchmarks).Assembly).Run(args);
return 0;
