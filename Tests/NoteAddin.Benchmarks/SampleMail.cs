using System.Text;

namespace NoteAddin.Benchmarks;

/// <summary>
/// A 20 KB follow-up mail as Outlook for Windows writes it in HTML: the Word-generated style block in the head,
/// MsoNormal paragraphs, a workload table, labelled lines, a signature with a disclaimer, and the earlier thread
/// under Outlook's reply header — the shape and size issue 9 sets the 2 ms budget for.
/// </summary>
public static class SampleMail
{
    public const int TargetLength = 20 * 1024;

    public static string Html { get; } = Build();

    private static string Build()
    {
        var html = new StringBuilder(TargetLength + 2048);
        html.Append("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">")
            .Append("<style><!--\n/* Font Definitions */\n@font-face {font-family:\"Cambria Math\"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n")
            .Append("@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Aptos\",sans-serif;}\n")
            .Append("a:link, span.MsoHyperlink {mso-style-priority:99; color:#467886; text-decoration:underline;}\n")
            .Append("p.MsoListParagraph {mso-style-priority:34; margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt;}\n")
            .Append("span.E-MailFormatvorlage18 {mso-style-type:personal-reply; font-family:\"Aptos\",sans-serif; color:windowtext;}\n")
            .Append(".MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n")
            .Append("div.WordSection1 {page:WordSection1;}\n--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" /></xml><![endif]--></head>")
            .Append("<body lang=DE link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'><div class=WordSection1>");
        Paragraph(html, "Hallo Frau Weber,");
        Paragraph(html, "&nbsp;");
        Paragraph(html, "vielen Dank für das Gespräch am Dienstag. Wie besprochen hier der aktuelle Stand je Workload für die Eintragung im Portal:");
        Paragraph(html, "&nbsp;");
        html.Append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>");
        Row(html, "<b>Workload</b>", "<b>Status</b>", "<b>Notiz</b>");
        Row(html, "Exchange Online", "In Bearbeitung", "Migration läuft, 420 von 1.200 Postfächern sind umgezogen, Abschluss bis Ende März geplant.");
        Row(html, "Microsoft 365 Apps", "In Bearbeitung", "Paketierung abgeschlossen, Rollout an 300 von 900 Clients erfolgt, der Rest folgt mit der nächsten Welle.");
        Row(html, "Defender for Endpoint", "Blockiert", "Kunde kann erst nach Ablauf des Sophos-Vertrags im Oktober onboarden.");
        Row(html, "Viva", "Keine Absicht", "Kunde nutzt Staffbase als Intranet und plant keinen Wechsel.");
        html.Append("</table>");
        Paragraph(html, "&nbsp;");
        Paragraph(html, "<b>Teams:</b> Kunde ist blockiert, da die Firewall den Medienverkehr nach Microsoft 365 blockiert; das Netzwerkteam prüft die Freigabe bis KW 14.");
        Paragraph(html, "<b>SharePoint Online:</b> Keine Absicht.");
        Paragraph(html, "<b>Intune (In Bearbeitung):</b> Autopilot-Profile sind erstellt, 150 von 800 Geräten sind registriert.");
        Paragraph(html, "&nbsp;");
        Paragraph(html, "Nächste Schritte: Ich schicke Ihnen bis Freitag die Einladung für den nächsten Jour fixe.");
        Paragraph(html, "&nbsp;");
        Paragraph(html, "Viele Grüße");
        Paragraph(html, "Jonas Becker");
        Paragraph(html, "<span style='font-size:9.0pt;color:#595959'>FastTrack Manager | Contoso Deutschland GmbH | Walter-Gropius-Straße 5 | 80807 München</span>");
        Paragraph(html, "<span style='font-size:9.0pt;color:#595959'>Tel. +49 89 1234 5678 | <a href=\"mailto:jonas.becker@contoso.de\">jonas.becker@contoso.de</a></span>");
        Paragraph(html, "&nbsp;");
        Paragraph(html, "<span style='font-size:7.5pt;color:gray'>Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.</span>");
        Paragraph(html, "&nbsp;");

        // The earlier thread, as long as it takes to reach 20 KB: each reply under Outlook's header block.
        var round = 0;
        while (html.Length < TargetLength - 600)
        {
            html.Append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>Von:</b> Thomas Schulz &lt;t.schulz@fabrikam.de&gt;<br>")
                .Append("<b>Gesendet:</b> Montag, ").Append(2 + round).Append(". März 2026 09:12<br><b>An:</b> Jonas Becker &lt;jonas.becker@contoso.de&gt;<br><b>Betreff:</b> AW: Statusübersicht Q2<o:p></o:p></p></div>");
            Paragraph(html, "&nbsp;");
            Paragraph(html, "Hallo Herr Becker,");
            Paragraph(html, "danke für die Zusammenfassung. Zu Teams: Wir sind blockiert, weil der Betriebsrat noch nicht zugestimmt hat. Bei Exchange Online läuft die Migration planmäßig weiter, die nächsten Batches sind für das Wochenende eingeplant.");
            Paragraph(html, "Gruß, Thomas");
            Paragraph(html, "&nbsp;");
            round++;
        }

        html.Append("</div></body></html>");
        return html.ToString();
    }

    private static void Paragraph(StringBuilder html, string content) =>
        html.Append("<p class=MsoNormal>").Append(content).Append("<o:p></o:p></p>\r\n");

    private static void Row(StringBuilder html, params string[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
        {
            html.Append("<td width=200 valign=top style='width:150.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>")
                .Append(cell).Append("<o:p></o:p></p></td>");
        }

        html.Append("</tr>\r\n");
    }
}
