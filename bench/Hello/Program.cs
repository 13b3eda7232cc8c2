// A bare Kestrel "Hello World": every Sched figure in bench/ is reported as a share of its rate.
var builder = WebApplication.CreateSlimBuilder(args);

// Logging costs time per request; the ceiling should measure only HTTP and routing.
builder.Logging.ClearProviders();

var app = builder.Build();
app.MapGet("/", () => "Hello World!");
app.Run();
