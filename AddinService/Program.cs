using NoteAddin.Service.Api;
using NoteAddin.Service.Graph;
using NoteAddin.Service.Audit;
using NoteAddin.Service.Hosting;

// `AddinService audit notes.csv …` is the command-line batch audit (Audit/), not the web server.
if (args is ["audit", .. var auditArgs])
{
    return AuditCommand.Run(auditArgs);
}

var builder = WebApplication.CreateBuilder(args);
if (!builder.AddNoteAddinAuth() || !builder.AddNoteChecking() || !builder.AddOnSendCheck())
{
    return 1; // what is missing or broken is named on standard error
}

builder.AddLocalHttps();
builder.AddApiPlumbing();
builder.AddContactHistory();
builder.AddHardening();

var app = builder.Build();
app.UseApiPlumbing();
app.UseHardening();
app.UseTaskPane();
app.UseOnSendCors();
app.UseNoteAddinAuth();
app.UseRateLimits();
app.MapConfigApi();
app.MapOnSendCheck();
app.MapNotesApi().RequireApiUser().WithCheckLogging();
app.MapMailApi().RequireApiUser().WithCheckLogging().RequireOnSendCors();
app.MapCatalogApi().RequireApiUser();
app.MapContactAttemptsApi().RequireApiUser();
app.Run();
return 0;

/// <summary>Entry point; public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
