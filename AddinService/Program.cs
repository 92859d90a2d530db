using NoteAddin.Service.Api;
using NoteAddin.Service.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalHttps();
builder.AddNoteChecking();
builder.AddApiPlumbing();

var app = builder.Build();
app.UseApiPlumbing();
app.UseTaskPane();
app.MapNotesApi();
app.MapCatalogApi();
app.Run();

/// <summary>Entry point; public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
