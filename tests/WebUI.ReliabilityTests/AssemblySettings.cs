// Runs the reliability tests one at a time: load and crash figures mean little when the tests compete for two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
