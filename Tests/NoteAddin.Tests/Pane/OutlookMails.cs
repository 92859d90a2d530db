namespace NoteAddin.Tests.Pane;

/// <summary>
/// Follow-up mails as Outlook for Windows writes their HTML (Word's markup: a &lt;style&gt; block, conditional
/// comments, MsoNormal paragraphs, &lt;o:p&gt;, entities, source lines wrapped with CRLF inside a sentence), for the mail
/// view's browser tests.
/// </summary>
internal static class OutlookMails
{
    public const string Subject = "AW: FastTrack Status";

    /// <summary>The Teams note's words as they stand in the source: an inline span, an entity, a line wrap.</summary>
    public const string TeamsSource = "Wir <span style='color:#C00000'>arbeiten</span> mit dem Kunden an der Einf&uuml;hrung,\r\nDetails folgen.";

    /// <summary>
    /// Greeting, a line each for Exchange Online, Teams and SharePoint, next steps, signature, and the customer's
    /// quoted mail — which repeats the SharePoint note's words ("Keine Absicht."), so that one cannot be replaced in
    /// place. The Exchange Online note carries an Info finding ("zurzeit").
    /// </summary>
    public static readonly string ThreeNotes = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
        /* Font Definitions */
        p.MsoNormal, li.MsoNormal, div.MsoNormal
        	{margin:0cm;
        	font-size:11.0pt;
        	font-family:"Calibri",sans-serif;}
        span.E-MailFormatvorlage18
        	{mso-style-type:personal-reply;}
        --></style><!--[if gte mso 9]><xml>
        <o:shapedefaults v:ext="edit" spidmax="1026" />
        </xml><![endif]--></head><body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1"><p class="MsoNormal">Hallo Herr M&uuml;ller,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">wie besprochen der Stand zu Ihren FastTrack-Workloads:<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal"><b>Exchange Online:</b> Kunde ist zurzeit blockiert, da die Firewall die Postfachmigration verhindert, bis die neue
        Firewall Ende April live ist.<o:p></o:p></p><p class="MsoNormal"><b>Teams:</b> {TeamsSource}<o:p></o:p></p><p class="MsoNormal"><b>SharePoint:</b>&nbsp;Keine Absicht.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Die n&auml;chsten Schritte stimmen wir am Donnerstag ab.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Viele Gr&uuml;&szlig;e<o:p></o:p></p><p class="MsoNormal">Anna Schmidt<br>FastTrack Manager | Contoso GmbH<br>Tel. +49 89 1234567<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>Von:</b> Max M&uuml;ller &lt;max.mueller@fabrikam.de&gt;<br><b>Gesendet:</b> Montag, 3. M&auml;rz 2025 10:00<br><b>An:</b> Anna Schmidt &lt;anna.schmidt@contoso.de&gt;<br><b>Betreff:</b> FastTrack Status<o:p></o:p></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Hallo Frau Schmidt,<o:p></o:p></p><p class="MsoNormal">zu SharePoint: Keine Absicht. Teams machen wir selbst.<o:p></o:p></p></div></body></html>
        """.ReplaceLineEndings("\r\n").Replace("{TeamsSource}", TeamsSource, StringComparison.Ordinal);

    /// <summary>One note between a greeting and a signature: the pane shows its single-note view for that note.</summary>
    public static readonly string OneNote = """
        <html><head><style><!--
        p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;}
        --></style></head><body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Hello Ms Jones,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal"><b>Intune:</b> Customer is blocked by the proxy, which breaks device enrollment until the new proxy is live in May.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Best regards<o:p></o:p></p><p class="MsoNormal">Anna Schmidt<br>FastTrack Manager<o:p></o:p></p></div></body></html>
        """.ReplaceLineEndings("\r\n");
}
