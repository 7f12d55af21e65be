<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthorLine</name>
    <message>
        <location filename="../ui/authorline.cpp" line="+21"/>
        <source>logged by %1</source>
        <translation>eingetragen von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>moved by %1</source>
        <translation>verschoben von %1</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../core/backupfiles.cpp" line="+120"/>
        <source>The backup %1 cannot be used: it is damaged or not a Rapport database. %2 was left where it was.</source>
        <translation>Die Sicherung %1 ist nicht verwendbar: Sie ist beschädigt oder keine Rapport-Datenbank. %2 wurde nicht verschoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not restore the backup: %1 already exists. %2 was left where it was.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1 existiert bereits. %2 wurde nicht verschoben.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not restore the backup in place of %1. The damaged file is kept as %2.</source>
        <translation>Die Sicherung konnte nicht an die Stelle von %1 gesetzt werden. Die beschädigte Datei liegt jetzt unter %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not restore the backup in place of %1. The damaged file was left where it was.</source>
        <translation>Die Sicherung konnte nicht an die Stelle von %1 gesetzt werden. Die beschädigte Datei wurde an ihrem Ort belassen.</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <location filename="../ui/clientcommands.cpp" line="+82"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n Clients</source>
        <translation>
            <numerusform>%n Kunden hinzufügen</numerusform>
            <numerusform>%n Kunden hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n Clients</source>
        <translation>
            <numerusform>%n Kunden löschen</numerusform>
            <numerusform>%n Kunden löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Change Segment Boundaries</source>
        <translation>Segmentgrenzen ändern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change Contact Intervals</source>
        <translation>Kontaktintervalle ändern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log %1 with %2</source>
        <translation>%1 mit %2 erfassen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit Interaction with %1</source>
        <translation>Interaktion mit %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete Interaction with %1</source>
        <translation>Interaktion mit %1 löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acknowledge Alert for %1</source>
        <translation>Hinweis zu %1 als gesehen markieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read Mail</source>
        <translation>E-Mails lesen</translation>
    </message>
</context>
<context>
    <name>ClientDataExport</name>
    <message>
        <location filename="../core/clientdataexport.cpp" line="+112"/>
        <source>Could not export the client: it no longer exists.</source>
        <translation>Der Kunde kann nicht exportiert werden: Es gibt ihn nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ClientDetailPanel</name>
    <message>
        <location filename="../ui/clientdetailpanel.cpp" line="+58"/>
        <source>&amp;Log Interaction</source>
        <translation>Interaktion &amp;erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a client in the list or on the chart to see and edit it here.</source>
        <translation>Wählen Sie einen Kunden in der Liste oder im Diagramm aus, um ihn hier anzusehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The client&apos;s segment, from where the dot sits on the chart, with what it means and what to do next.</source>
        <translation>Das Segment des Kunden, je nachdem, wo sein Punkt im Diagramm liegt, mit seiner Bedeutung und dem nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you were last in touch, when the next contact is due, and whether the client has gone quiet or stopped answering. Overdue clients show in red.</source>
        <translation>Wann Sie zuletzt Kontakt hatten, wann der nächste Kontakt fällig ist und ob der Kunde verstummt ist oder nicht mehr antwortet. Überfällige Kunden erscheinen rot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s last moves between segments, with their dates: where the client is heading.</source>
        <translation>Die letzten Wechsel des Kunden zwischen Segmenten, mit Datum: wohin sich der Kunde entwickelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this move as seen; it stays in the client&apos;s history.</source>
        <translation>Diesen Wechsel als gesehen markieren; er bleibt im Verlauf des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move for the worse stays flagged here and in Needs Attention until you have looked at it. Press this once you know what to do; the move stays in the client&apos;s path, and Undo takes the acknowledgement back.</source>
        <translation>Eine Verschlechterung bleibt hier und unter „Handlungsbedarf“ markiert, bis Sie sie angesehen haben. Klicken Sie hierauf, sobald Sie wissen, was zu tun ist; der Wechsel bleibt im Verlauf des Kunden, und „Rückgängig“ nimmt die Bestätigung zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write or call</source>
        <translation>Schreiben oder anrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the email address to write with your mail program, or the phone number to call through your phone app. Rapport then offers to log the email or call in one click.</source>
        <translation>Klicken Sie auf die E-Mail-Adresse, um mit Ihrem E-Mail-Programm zu schreiben, oder auf die Telefonnummer, um über Ihre Telefon-App anzurufen. Rapport bietet dann an, die E-Mail oder den Anruf mit einem Klick zu erfassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this email or call now</source>
        <translation>Diese E-Mail oder diesen Anruf jetzt erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the email or call you just started, with the time, kind and direction already filled in. Change the outcome or add a note in the form below first if you like.</source>
        <translation>Erfasst die E-Mail oder den Anruf, den Sie gerade begonnen haben; Zeit, Art und Richtung sind schon ausgefüllt. Wenn Sie möchten, ändern Sie vorher im Formular unten das Ergebnis oder fügen eine Notiz hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not log it</source>
        <translation>Nicht erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this offer and clears the form without logging anything. You can still log the email or call later with the form.</source>
        <translation>Schließt dieses Angebot und leert das Formular, ohne etwas zu erfassen. Sie können die E-Mail oder den Anruf später noch mit dem Formular erfassen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Interactions, newest first</source>
        <translation>Interaktionen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it (Ctrl+Return)</source>
        <translation>Erfassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves what the form above holds as an interaction of this client, and clears the form for the next one. An answered contact starts the count towards the next one again; Undo takes it back.</source>
        <translation>Speichert den Inhalt des Formulars oben als Interaktion dieses Kunden und leert das Formular für die nächste. Ein beantworteter Kontakt lässt die Zählung bis zum nächsten Kontakt neu beginnen; „Rückgängig“ nimmt ihn zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This client&apos;s interactions, newest first</source>
        <translation>Die Interaktionen dieses Kunden, neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every logged meeting, call, email and message of this client, newest first, one line each; rest the mouse on one to read its whole note. Double-click or press Enter to change it, press Delete to remove the selected ones.</source>
        <translation>Jedes erfasste Treffen, jeder Anruf, jede E-Mail und Nachricht dieses Kunden, neueste zuerst, eine Zeile je Eintrag; zeigen Sie mit der Maus auf eine Zeile, um die ganze Notiz zu lesen. Doppelklicken oder Eingabe drücken zum Ändern, Entf drücken zum Entfernen der ausgewählten Einträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected interaction (Enter)</source>
        <translation>Ausgewählte Interaktion ändern (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the selected interaction to change its time, kind, direction, outcome or note. Select one in the timeline first.</source>
        <translation>Öffnet die ausgewählte Interaktion, um Zeit, Art, Richtung, Ergebnis oder Notiz zu ändern. Wählen Sie zuerst eine in der Liste der Interaktionen aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected interactions (Delete)</source>
        <translation>Ausgewählte Interaktionen löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the interactions selected in the timeline. The client&apos;s last contact and what is due are worked out again; Undo brings them back.</source>
        <translation>Entfernt die in der Liste ausgewählten Interaktionen. Der letzte Kontakt des Kunden und was fällig ist, werden neu berechnet; „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Interaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>Be&amp;ziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contacts and see this client&apos;s history</source>
        <translation>Kontakte erfassen und den Verlauf dieses Kunden sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quick form to log a meeting, call, email or message with this client, and the timeline of everything logged so far. Rapport counts the days since the last answered contact to tell when the client is due.</source>
        <translation>Ein kurzes Formular, um ein Treffen, einen Anruf, eine E-Mail oder Nachricht mit diesem Kunden zu erfassen, und die Liste von allem, was bisher erfasst wurde. Rapport zählt die Tage seit dem letzten beantworteten Kontakt, um zu erkennen, wann der Kunde fällig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s name, contact details, scores and notes</source>
        <translation>Name, Kontaktdaten, Werte und Notizen des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the client, ready to edit: a change is saved when you leave the field, and Undo takes it back. Changing a score moves the client&apos;s dot on the chart.</source>
        <translation>Alle Felder des Kunden, bereit zum Bearbeiten: Eine Änderung wird gespeichert, sobald Sie das Feld verlassen, und „Rückgängig“ nimmt sie zurück. Wenn Sie einen Wert ändern, verschiebt sich der Punkt des Kunden im Diagramm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder rung, stage, NPS answer and how the client rates you</source>
        <translation>Loyalitätsstufe, Phase, NPS-Antwort und wie der Kunde Sie bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other ways of looking at this client: where they stand on the loyalty ladder, how far the relationship has come, their NPS answer and six ratings of how they see you. Rapport uses them in its suggestions and in the report.</source>
        <translation>Weitere Blickwinkel auf diesen Kunden: wo er auf der Loyalitätsleiter steht, wie weit die Beziehung gediehen ist, seine NPS-Antwort und sechs Bewertungen, wie er Sie sieht. Rapport nutzt sie für seine Vorschläge und im Bericht.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Last contact %1 (%2).</source>
        <translation>Letzter Kontakt %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact logged yet; added %1.</source>
        <translation>Noch kein Kontakt erfasst; hinzugefügt %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue by %n day(s): get in touch now.</source>
        <translation>
            <numerusform>Seit %n Tag überfällig: Melden Sie sich jetzt.</numerusform>
            <numerusform>Seit %n Tagen überfällig: Melden Sie sich jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due for contact (every %n day(s) for this client).</source>
        <translation>
            <numerusform>Kontakt fällig (Intervall bei diesem Kunden: %n Tag).</numerusform>
            <numerusform>Kontakt fällig (Intervall bei diesem Kunden: %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next contact due by %1.</source>
        <translation>Nächster Kontakt fällig bis %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Usually in touch every %n day(s); silent for much longer now.</source>
        <translation>
            <numerusform>Sonst Kontakt im Abstand von %n Tag; jetzt schon viel länger Funkstille.</numerusform>
            <numerusform>Sonst Kontakt im Abstand von %n Tagen; jetzt schon viel länger Funkstille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unanswered attempt(s) since %1.</source>
        <translation>
            <numerusform>%n unbeantworteter Versuch seit %1.</numerusform>
            <numerusform>%n unbeantwortete Versuche seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider parting ways politely.</source>
        <translation>Erwägen Sie, sich höflich zu trennen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trend over 90 days: %1.</source>
        <translation>Trend der letzten 90 Tage: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moved %1 → %2 on %3.</source>
        <translation>Am %3 gewechselt: %1 → %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2 am %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Path: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 · last changed %2</source>
        <translation>Hinzugefügt am %1 · zuletzt geändert am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>&amp;Interactions (%1)</source>
        <translation>&amp;Interaktionen (%1)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>No mail program could be started for %1.</source>
        <translation>Für %1 ließ sich kein E-Mail-Programm starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on this computer can call %1.</source>
        <translation>Nichts auf diesem Computer kann %1 anrufen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing to %1: log the email once it is sent?</source>
        <translation>Sie schreiben %1: die E-Mail nach dem Senden erfassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calling %1: log the call, with a note of what was said?</source>
        <translation>Sie rufen %1 an: den Anruf mit einer Notiz zum Gesagten erfassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Email</source>
        <translation>E-Mail erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Acknowledge Alert for %1</source>
        <translation>Hinweis zu %1 als gesehen markieren</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../ui/clientdialog.cpp" line="+21"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Client</source>
        <translation>Kunden hinzufügen</translation>
    </message>
</context>
<context>
    <name>ClientDotsItem</name>
    <message>
        <location filename="../ui/clientdotsitem.cpp" line="+779"/>
        <source>Satisfaction %1, repurchase %2: %3</source>
        <translation>Zufriedenheit %1, Wiederkauf %2: %3</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../core/clientexport.cpp" line="+159"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../ui/clientform.cpp" line="+35"/>
        <source>segment default</source>
        <translation>Segmentvorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often this client should hear from you. Past this, contact is due.</source>
        <translation>Wie oft dieser Kunde von Ihnen hören sollte. Danach ist ein Kontakt fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest this client should go without contact. Past this, contact is overdue.</source>
        <translation>Die längste Zeit, die dieser Kunde ohne Kontakt bleiben sollte. Danach ist der Kontakt überfällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>Tags durch Kommas trennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this client</source>
        <translation>Wer diesen Kunden betreut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who looks after this client, when several people share the database. The follow-up report and the planner can be made for one owner&apos;s clients only.</source>
        <translation>Die Person, die diesen Kunden betreut, wenn mehrere die Datenbank teilen. Der Nachfassbericht und die Planung lassen sich auf die Kunden einer Betreuerin beschränken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How satisfied the client is overall, from 0 (not at all) to 10 (completely).</source>
        <translation>Wie zufrieden der Kunde insgesamt ist, von 0 (gar nicht) bis 10 (vollkommen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely the client is to buy again, from 0 (not at all) to 10 (certainly).</source>
        <translation>Wie wahrscheinlich der Kunde wieder kauft, von 0 (gar nicht) bis 10 (ganz sicher).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 = not at all, 10 = completely</source>
        <translation>0 = überhaupt nicht, 10 = voll und ganz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anything worth remembering about this client</source>
        <translation>Alles, was Sie sich zu diesem Kunden merken möchten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s name</source>
        <translation>Der Name des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the person you deal with, as you would say it. It is shown in the list, on the chart and in the report.</source>
        <translation>Der Name der Person, mit der Sie zu tun haben, so wie Sie ihn aussprechen würden. Er erscheint in der Liste, im Diagramm und im Bericht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s company, if any</source>
        <translation>Die Firma des Kunden, falls vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company or organisation the client belongs to. Leave it empty for a private client; the search finds clients by company too.</source>
        <translation>Die Firma oder Organisation, zu der der Kunde gehört. Lassen Sie das Feld bei Privatkunden leer; die Suche findet Kunden auch über die Firma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words to group clients by, separated by commas</source>
        <translation>Stichwörter zum Gruppieren von Kunden, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words for grouping clients, such as a town, a product or &quot;wholesale&quot;, separated by commas. Type a tag in the list&apos;s search field to see every client that has it.</source>
        <translation>Ihre eigenen Stichwörter zum Gruppieren von Kunden, etwa ein Ort, ein Produkt oder „Großhandel“, durch Kommas getrennt. Geben Sie einen Tag in das Suchfeld der Liste ein, um alle Kunden zu sehen, die ihn haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How happy the client is with what you deliver, from 0 to 10: your best judgement, or their answer to a survey. It places the dot from left to right on the chart.</source>
        <translation>Wie zufrieden der Kunde mit Ihrer Leistung ist, von 0 bis 10: Ihre beste Einschätzung oder seine Antwort auf eine Umfrage. Der Wert setzt den Punkt im Diagramm von links nach rechts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely the client is to buy from you again, from 0 to 10. It places the dot from bottom to top on the chart; together with satisfaction it decides the segment.</source>
        <translation>Wie wahrscheinlich der Kunde wieder bei Ihnen kauft, von 0 bis 10. Der Wert setzt den Punkt im Diagramm von unten nach oben; zusammen mit der Zufriedenheit bestimmt er das Segment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes about this client</source>
        <translation>Notizen zu diesem Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering that is not tied to one contact: family, preferences, how they like to be reached. Saved when you leave the field.</source>
        <translation>Alles Wissenswerte, das nicht zu einem einzelnen Kontakt gehört: Familie, Vorlieben, wie der Kunde am liebsten erreicht wird. Wird gespeichert, sobald Sie das Feld verlassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many days may pass between contacts before this client is due. Leave it at segment default to use the interval of the client&apos;s segment (Edit → Contact Intervals…).</source>
        <translation>Wie viele Tage zwischen zwei Kontakten vergehen dürfen, bevor dieser Kunde fällig ist. Lassen Sie „Segmentvorgabe“ stehen, um das Intervall seines Segments zu verwenden (Bearbeiten → Kontaktintervalle…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many days may pass before this client is overdue and in lapse. Leave it at segment default to use the interval of the client&apos;s segment.</source>
        <translation>Wie viele Tage vergehen dürfen, bevor dieser Kunde überfällig ist und eine Kontaktlücke hat. Lassen Sie „Segmentvorgabe“ stehen, um das Intervall seines Segments zu verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Tag&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account o&amp;wner:</source>
        <translation>Kunden&amp;betreuung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Zufriedenheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Likelihood to repurchase:</source>
        <translation>&amp;Wiederkaufbereitschaft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;every:</source>
        <translation>&amp;Kontakt alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most every:</source>
        <translation>Höchstens a&amp;lle:</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <location filename="../core/clientimport.cpp" line="+239"/>
        <source>line 1: the file is empty</source>
        <translation>Zeile 1: die Datei ist leer</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address label</source>
        <translation>Adressetikett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instant messaging</source>
        <translation>Sofortnachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social profile</source>
        <translation>Profil in sozialen Netzwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Related people</source>
        <translation>Verknüpfte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption key</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapport client export</source>
        <translation>Rapport-Kundenexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport interaction export</source>
        <translation>Rapport-Interaktionsexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Contacts export</source>
        <translation>Google-Kontakte-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlook contacts export</source>
        <translation>Outlook-Kontakte-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thunderbird address book export</source>
        <translation>Adressbuch-Export von Thunderbird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn connections export</source>
        <translation>LinkedIn-Kontakte-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard contacts</source>
        <translation>vCard-Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: check the columns</source>
        <translation>CSV-Datei: Spalten bitte prüfen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood to repurchase</source>
        <translation>Wiederkaufbereitschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, as &quot;column: value&quot;</source>
        <translation>Notizen, als „Spalte: Wert“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact every (days)</source>
        <translation>Kontakt alle (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact at most every (days)</source>
        <translation>Kontakt höchstens alle (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed on</source>
        <translation>Zuletzt geändert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS answer (0-10)</source>
        <translation>NPS-Antwort (0-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS answered on</source>
        <translation>NPS beantwortet am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder rung</source>
        <translation>Loyalitätsstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree of client</source>
        <translation>Kundengrad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why a Hostage stays</source>
        <translation>Warum eine Geisel bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That reason ends on</source>
        <translation>Dieser Grund endet am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases a year</source>
        <translation>Käufe pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every email, with its label</source>
        <translation>Alle E-Mails mit Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every phone, with its label</source>
        <translation>Alle Telefonnummern mit Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account owner</source>
        <translation>Kundenbetreuung</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is outside the scale %3</source>
        <translation>%1 %2 liegt außerhalb der Skala %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a letter in this row could not be read and shows as &quot;%1&quot;; correct it in the file or choose another encoding</source>
        <translation>ein Zeichen dieser Zeile ist unlesbar und erscheint als „%1“; korrigieren Sie es in der Datei oder wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>line %1: the file is not text in this encoding; choose another encoding</source>
        <translation>Zeile %1: Die Datei ist in dieser Kodierung kein Text; wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <location line="+491"/>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likelihood to repurchase</source>
        <translation>Wiederkaufbereitschaft</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>„%1“ ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+250"/>
        <source>&quot;%1&quot; is not a date and time like 2026-11-24T09:30:00Z</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-11-24T09:30:00Z</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1 „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a date like 2026-11-24</source>
        <translation>„%1“ ist kein Datum wie 2026-11-24</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a ladder rung (terrorist, toxic, prospect, customer, client, supporter, advocate)</source>
        <translation>„%1“ ist keine Loyalitätsstufe (terrorist, toxic, prospect, customer, client, supporter, advocate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a stage (courting, contract, continuation, commitment, convergence)</source>
        <translation>„%1“ ist keine Beziehungsphase (courting, contract, continuation, commitment, convergence)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a reason (contract, switching_cost, no_alternative, habit, other)</source>
        <translation>„%1“ ist kein Grund (contract, switching_cost, no_alternative, habit, other)</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>no client with the email &quot;%1&quot; or the name &quot;%2&quot;</source>
        <translation>kein Kunde mit der E-Mail „%1“ oder dem Namen „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the kind &quot;%1&quot; is not one of meeting, call, email, message, other</source>
        <translation>die Art „%1“ ist keiner der Werte meeting, call, email, message, other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the direction &quot;%1&quot; is not outbound or inbound</source>
        <translation>die Richtung „%1“ ist weder outbound noch inbound</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outcome &quot;%1&quot; is not answered or no_answer</source>
        <translation>das Ergebnis „%1“ ist weder answered noch no_answer</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../ui/clientlistpanel.cpp" line="+87"/>
        <source>Search name, company, email, tags, rung, stage or NPS category</source>
        <translation>Name, Firma, E-Mail, Tags, Stufe, Phase oder NPS-Kategorie suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the clients (Ctrl+F)</source>
        <translation>Kunden durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters to narrow the list and the chart to the clients that match. Every word must appear in the name, company, email, tags, ladder rung, stage or NPS category. Clear the field to see everyone again.</source>
        <translation>Tippen Sie ein paar Buchstaben, um Liste und Diagramm auf die passenden Kunden einzugrenzen. Jedes Wort muss im Namen, in der Firma, der E-Mail, den Tags, der Loyalitätsstufe, der Phase oder der NPS-Kategorie vorkommen. Leeren Sie das Feld, um wieder alle zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 This button shows or hides them in the list and on the chart: framed and in colour while shown, grey while hidden.</source>
        <translation>%1: %2 Diese Schaltfläche blendet sie in der Liste und im Diagramm ein oder aus: umrahmt und farbig, solange sie angezeigt werden, grau, solange sie ausgeblendet sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My Clients</source>
        <translation>Meine Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the clients whose owner is you</source>
        <translation>Nur die Kunden zeigen, die Sie betreuen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this on to see only the clients you own: those whose Owner is the name Rapport records your changes under. Others working on the same database keep theirs; turn it off to see everyone&apos;s clients again.</source>
        <translation>Einschalten, um nur Ihre Kunden zu sehen: die, deren Kundenbetreuung der Name ist, unter dem Rapport Ihre Änderungen speichert. Wer sonst an derselben Datenbank arbeitet, behält die eigenen; ausschalten, um wieder die Kunden aller zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only clients in lapse, due for contact, or with a move for the worse to look at</source>
        <translation>Nur Kunden mit Kontaktlücke, fälligem Kontakt oder einer zu prüfenden Verschlechterung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this on to see only the clients to deal with now: those due or overdue for contact, those who have gone quiet or stopped answering, and those who moved for the worse. Work down this list first; turn it off to see everyone again.</source>
        <translation>Schalten Sie dies ein, um nur die Kunden zu sehen, um die Sie sich jetzt kümmern sollten: fällige oder überfällige Kontakte, Kunden, die verstummt sind oder nicht mehr antworten, und Kunden, die sich verschlechtert haben. Arbeiten Sie diese Liste zuerst ab; schalten Sie es aus, um wieder alle zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to choose which values of this column to keep in the list and on the chart; tick several at once. Show All lifts the filter. The button shows while its column does.</source>
        <translation>Klicken Sie, um zu wählen, welche Werte dieser Spalte in der Liste und im Diagramm bleiben; Sie können mehrere ankreuzen. „Alle zeigen“ hebt den Filter auf. Die Schaltfläche ist zu sehen, solange ihre Spalte angezeigt wird.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your clients: double-click one to edit it, F2 edits a cell</source>
        <translation>Ihre Kunden: Doppelklick bearbeitet einen Kunden, F2 bearbeitet eine Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per client, in the order of the column you sorted by. Select a client to see it on the chart and in the details; double-click or press Enter to edit it, press Delete to delete the selected clients. A name in bold with a red mark is a client in lapse.</source>
        <translation>Eine Zeile je Kunde, sortiert nach der gewählten Spalte. Wählen Sie einen Kunden aus, um ihn im Diagramm und in den Details zu sehen; doppelklicken Sie oder drücken Sie Eingabe, um ihn zu bearbeiten, und Entf, um die ausgewählten Kunden zu löschen. Ein fetter Name mit roter Markierung ist ein Kunde mit Kontaktlücke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to sort, drag to reorder, right-click to show or hide columns</source>
        <translation>Klicken zum Sortieren, Ziehen zum Umordnen, Rechtsklick zum Ein- oder Ausblenden von Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column titles. Click one to sort the clients by it, click again to reverse the order, drag one to move the column. Right-click to show or hide columns, such as the ladder rung or the NPS answer.</source>
        <translation>Die Spaltentitel. Klicken Sie auf einen, um die Kunden danach zu sortieren, erneut, um die Reihenfolge umzukehren; ziehen Sie einen, um die Spalte zu verschieben. Mit einem Rechtsklick blenden Sie Spalten ein oder aus, etwa die Loyalitätsstufe oder die NPS-Antwort.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show None</source>
        <translation>Keine zeigen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n ausgewählt</numerusform>
            <numerusform>%1: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n client(s)</source>
        <translation>
            <numerusform>%1 von %n Kunde</numerusform>
            <numerusform>%1 von %n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientMerge</name>
    <message>
        <location filename="../core/clientmerge.cpp" line="+32"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>segment default</source>
        <translation>Vorgabe des Segments</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account owner</source>
        <translation>Kundenbetreuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position on the matrix</source>
        <translation>Position in der Matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Contact intervals</source>
        <translation>Kontaktabstände</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder rung</source>
        <translation>Stufe der Loyalitätsleiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS answer</source>
        <translation>NPS-Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why they stay</source>
        <translation>Warum sie bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases a year</source>
        <translation>Käufe pro Jahr</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Satisfaction %1, likelihood to repurchase %2</source>
        <translation>Zufriedenheit %1, Wiederkaufwahrscheinlichkeit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not archived</source>
        <translation>Nicht archiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact every: %1; at most every: %2</source>
        <translation>Kontakt alle: %1; spätestens alle: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message numerus="yes">
        <location filename="../ui/clienttablemodel.cpp" line="+149"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for contact</source>
        <translation>Kontakt fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Silent for %1 days; usually in touch every %n day(s)</source>
        <translation>
            <numerusform>Seit %1 Tagen Funkstille; sonst Kontakt im Abstand von %n Tag</numerusform>
            <numerusform>Seit %1 Tagen Funkstille; sonst Kontakt im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unanswered attempt(s) in a row</source>
        <translation>
            <numerusform>%n unbeantworteter Versuch in Folge</numerusform>
            <numerusform>%n unbeantwortete Versuche in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved for the worse; see the details</source>
        <translation>Verschlechtert; siehe Details</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repurchase</source>
        <translation>Wiederkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder Rung</source>
        <translation>Loyalitätsstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+49"/>
        <source>Someone Else Changed This Client</source>
        <translation>Jemand anders hat diesen Kunden geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else</source>
        <translation>jemand anders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by %2 at %3 while you were editing it.</source>
        <translation>%1 wurde von %2 um %3 geändert, während Sie den Kunden bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 while you were editing it.</source>
        <translation>%1 wurde von %2 geändert, während Sie den Kunden bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes and theirs do not overlap: nothing needs choosing.</source>
        <translation>Ihre Änderungen und die anderen überschneiden sich nicht: Es gibt nichts zu wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which value to keep for each field below. Cancel keeps the stored client and drops your changes.</source>
        <translation>Wählen Sie für jedes Feld unten, welcher Wert bleibt. Abbrechen behält den gespeicherten Kunden und verwirft Ihre Änderungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept from your changes: %1.</source>
        <translation>Aus Ihren Änderungen übernommen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept from the stored client: %1.</source>
        <translation>Vom gespeicherten Kunden übernommen: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save Merged</source>
        <translation>&amp;Zusammengeführt speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the client as stored and drop your changes</source>
        <translation>Den Kunden wie gespeichert behalten und Ihre Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Yours: %1</source>
        <translation>Ihrer: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours for %1</source>
        <translation>Ihr Wert für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored for %1</source>
        <translation>Gespeicherter Wert für %1</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../ui/connectserverdialog.cpp" line="+35"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund dieses Computers &amp;merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to Server</source>
        <translation>Auf Server kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies every client, interaction, move and setting into an empty database on a PostgreSQL server. What is open now stays as it is.</source>
        <translation>Kopiert alle Kunden, Interaktionen, Verschiebungen und Einstellungen in eine leere Datenbank auf einem PostgreSQL-Server. Was jetzt geöffnet ist, bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the Rapport database on a PostgreSQL server that you and your colleagues share. The first connection to an empty database sets it up.</source>
        <translation>Öffnet die Rapport-Datenbank auf einem PostgreSQL-Server, die Sie mit Ihren Kollegen teilen. Die erste Verbindung zu einer leeren Datenbank richtet sie ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>crm.example.com</source>
        <translation>crm.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name or address of the computer the PostgreSQL server runs on.</source>
        <translation>Name oder Adresse des Computers, auf dem der PostgreSQL-Server läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s port; PostgreSQL uses 5432 unless its administrator chose another.</source>
        <translation>Der Port des Servers; PostgreSQL nutzt 5432, sofern der Administrator keinen anderen gewählt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty database</source>
        <translation>eine leere Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clients</source>
        <translation>kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database to copy into; it must be empty. The server&apos;s administrator creates it.</source>
        <translation>Die Datenbank, in die kopiert wird; sie muss leer sein. Der Administrator des Servers legt sie an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the database on the server that holds your clients.</source>
        <translation>Der Name der Datenbank auf dem Server, die Ihre Kunden enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your user name on the server (its role).</source>
        <translation>Ihr Benutzername auf dem Server (seine Rolle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it empty when ~/.pgpass or the keyring has it, or the server asks for none.</source>
        <translation>Leer lassen, wenn ~/.pgpass oder der Schlüsselbund es kennt oder der Server keines verlangt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from ~/.pgpass or the keyring</source>
        <translation>aus ~/.pgpass oder dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it</source>
        <translation>Verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt</source>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>Immer verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the connection is encrypted (TLS). Over the internet, choose &quot;Always encrypt and check the server&apos;s certificate&quot;.</source>
        <translation>Ob die Verbindung verschlüsselt wird (TLS). Über das Internet wählen Sie „Immer verschlüsseln und das Zertifikat des Servers prüfen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the password in the desktop&apos;s keyring (GNOME Keyring, KWallet), never in Rapport&apos;s settings. Without a keyring, Rapport asks again or reads ~/.pgpass.</source>
        <translation>Bewahrt das Passwort im Schlüsselbund des Desktops auf (GNOME Keyring, KWallet), nie in den Einstellungen von Rapport. Ohne Schlüsselbund fragt Rapport erneut oder liest ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>ContactPoint</name>
    <message>
        <location filename="../core/contactpoint.cpp" line="+66"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ContactPointsEdit</name>
    <message>
        <location filename="../ui/contactpointsedit.cpp" line="+47"/>
        <source>Add Email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add another email address</source>
        <translation>Eine weitere E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a row for one more email address of this client, such as a private one beside the work one. Choose its label and, with the round button, whether it is the preferred one.</source>
        <translation>Fügt eine Zeile für eine weitere E-Mail-Adresse dieses Kunden hinzu, etwa eine private neben der geschäftlichen. Wählen Sie ihre Bezeichnung und mit dem runden Knopf, ob sie die bevorzugte ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another phone number</source>
        <translation>Eine weitere Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a row for one more phone number of this client, such as a mobile beside the office line. Choose its label and, with the round button, whether it is the preferred one.</source>
        <translation>Fügt eine Zeile für eine weitere Telefonnummer dieses Kunden hinzu, etwa ein Handy neben dem Büroanschluss. Wählen Sie ihre Bezeichnung und mit dem runden Knopf, ob sie die bevorzugte ist.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preferred email: Write Email uses it, and it is shown first</source>
        <translation>Bevorzugte E-Mail: „E-Mail schreiben“ verwendet sie, und sie steht zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred phone: Call uses it, and it is shown first</source>
        <translation>Bevorzugte Telefonnummer: „Anrufen“ verwendet sie, und sie steht zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the address you write to first. Write Email and the detail panel use it, and it stays first in every list and export.</source>
        <translation>Markieren Sie die Adresse, an die Sie zuerst schreiben. „E-Mail schreiben“ und die Details verwenden sie, und sie bleibt in jeder Liste und jedem Export vorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the number you call first. Call and the detail panel use it, and it stays first in every list and export.</source>
        <translation>Markieren Sie die Nummer, die Sie zuerst anrufen. „Anrufen“ und die Details verwenden sie, und sie bleibt in jeder Liste und jedem Export vorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred email</source>
        <translation>Bevorzugte E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferred phone</source>
        <translation>Bevorzugte Telefonnummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What kind of address this is</source>
        <translation>Welche Art Adresse das ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What kind of number this is</source>
        <translation>Welche Art Nummer das ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work, Home, Mobile or Other: shown beside the value in the detail panel when the client has more than one, and kept in exports and vCards.</source>
        <translation>Arbeit, Privat, Mobil oder Sonstige: steht in den Details neben dem Wert, wenn der Kunde mehr als einen hat, und bleibt in Exporten und vCards erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email label</source>
        <translation>Bezeichnung der E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone label</source>
        <translation>Bezeichnung der Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The client&apos;s email address</source>
        <translation>Die E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client&apos;s phone number</source>
        <translation>Die Telefonnummer des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address you write to. In the detail panel it becomes a link that starts an email in your mail program.</source>
        <translation>Die Adresse, an die Sie schreiben. In den Details wird sie zu einem Link, der eine E-Mail in Ihrem E-Mail-Programm beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number you call. In the detail panel it becomes a link that calls it through your phone app.</source>
        <translation>Die Nummer, die Sie anrufen. In den Details wird sie zu einem Link, der sie über Ihre Telefon-App anruft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove this email address</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this phone number</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes this address from the client. If it was the preferred one, the next address becomes preferred. Undo brings it back.</source>
        <translation>Entfernt diese Adresse vom Kunden. War sie die bevorzugte, wird die nächste Adresse bevorzugt. „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes this number from the client. If it was the preferred one, the next number becomes preferred. Undo brings it back.</source>
        <translation>Entfernt diese Nummer vom Kunden. War sie die bevorzugte, wird die nächste Nummer bevorzugt. „Rückgängig“ holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/csv.cpp" line="+152"/>
        <source>line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1: a quoted field is never closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../ui/dashboarddialog.cpp" line="+102"/>
        <source>Select %1 in the main window</source>
        <translation>%1 im Hauptfenster auswählen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only clients in lapse, due for contact, or with a move for the worse to look at</source>
        <translation>Nur Kunden mit Kontaktlücke, fälligem Kontakt oder einer zu prüfenden Verschlechterung anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every client in the list again</source>
        <translation>Wieder alle Kunden in der Liste zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only the promoters (9 or 10) in the list</source>
        <translation>Nur die Promotoren (9 oder 10) in der Liste zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the passives (7 or 8) in the list</source>
        <translation>Nur die Passiven (7 oder 8) in der Liste zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the detractors (0 to 6) in the list</source>
        <translation>Nur die Kritiker (0 bis 6) in der Liste zeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+290"/>
        <source>In lapse</source>
        <translation>Mit Kontaktlücke</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Due for contact</source>
        <translation>Kontakt fällig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty ladder</source>
        <translation>Loyalitätsleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship stages</source>
        <translation>Beziehungsphasen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account owner</source>
        <translation>Kundenbetreuung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per account owner</source>
        <translation>Je Kundenbetreuung</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1: %2. Click to show them in the list.</source>
        <translation>%1: %2. Klicken, um sie in der Liste zu zeigen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Unlikely to buy again</source>
        <translation>Kauft wohl nicht wieder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Apostles %1 · Terrorists %2</source>
        <translation>Apostel %1 · Terroristen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention: %1</source>
        <translation>Handlungsbedarf: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answered: %1 of %2</source>
        <translation>Geantwortet: %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answers yet: ask &quot;How likely are you to recommend us?&quot; and note the answer in a client&apos;s Relationship tab.</source>
        <translation>Noch keine Antworten: Fragen Sie „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ und tragen Sie die Antwort im Reiter „Beziehung“ des Kunden ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promoters: %1</source>
        <translation>Promotoren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passives: %1</source>
        <translation>Passive: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors: %1</source>
        <translation>Kritiker: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue, unusually silent, or not answering</source>
        <translation>Überfällig, ungewöhnlich still oder ohne Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past their ideal time between contacts</source>
        <translation>Über dem idealen Abstand zwischen Kontakten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satisfied, but not loyal: %1</source>
        <translation>Zufrieden, aber nicht loyal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-degree clients: %1</source>
        <translation>Kunden dritten Grades: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no owner)</source>
        <translation>(ohne Betreuung)</translation>
    </message>
    <message>
        <location line="-428"/>
        <location line="+92"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Saying &quot;fine&quot; is not the same as coming back: most clients who leave had called themselves satisfied. These are satisfied but unlikely to buy again, or satisfied and in lapse.</source>
        <translation>„Passt schon“ heißt nicht, dass jemand wiederkommt: Die meisten Kunden, die gehen, hatten sich als zufrieden bezeichnet. Diese hier sind zufrieden, kaufen aber wahrscheinlich nicht wieder oder haben eine Kontaktlücke.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They want exactly what they ask for and blame you for the results. Consider whether to keep them.</source>
        <translation>Diese Kunden wollen genau das, was sie verlangen, und geben Ihnen die Schuld am Ergebnis. Überlegen Sie, ob Sie sie behalten möchten.</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Nobody in this trap right now.</source>
        <translation>Derzeit niemand in dieser Falle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No third-degree clients.</source>
        <translation>Keine Kunden dritten Grades.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+95"/>
        <source>%1 is a folder, not a Rapport database file.</source>
        <translation>%1 ist ein Ordner, keine Rapport-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1. Choose a location you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ort, an dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: %2. Choose a location you can write to.</source>
        <translation>%1 kann nicht angelegt werden: %2. Wählen Sie einen Ort, an dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not have permission to read %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in use by another program. Close it there, or open another file.</source>
        <translation>%1 wird von einem anderen Programm verwendet. Schließen Sie die Datei dort oder öffnen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Rapport database (or is damaged beyond reading). It was left untouched.</source>
        <translation>%1 ist keine Rapport-Datenbank (oder so beschädigt, dass sie sich nicht lesen lässt). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged (%2). It was left untouched; restore a backup or open another file.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert; stellen Sie eine Sicherung wieder her oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Rapport database. It was left untouched.</source>
        <translation>%1 ist keine Rapport-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 was saved by a newer version of Rapport. Update Rapport to open it; the file was left untouched.</source>
        <translation>%1 wurde mit einer neueren Version von Rapport gespeichert. Aktualisieren Sie Rapport, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs to be upgraded but is read-only. Make it writable, or open a copy.</source>
        <translation>%1 muss aktualisiert werden, ist aber schreibgeschützt. Heben Sie den Schreibschutz auf oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a database of another program, not Rapport. It was left untouched.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, nicht von Rapport. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+61"/>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cannot upgrade %1: the copy taken first could not be written (%2). Nothing was changed.</source>
        <translation>%1 kann nicht aktualisiert werden: Die vorab angelegte Kopie konnte nicht geschrieben werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This Rapport cannot connect to PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>Diese Rapport-Installation kann keine Verbindung zu PostgreSQL-Servern herstellen: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No PostgreSQL server answers at %1. Check the address and port, and that the server is running (%2).</source>
        <translation>Auf %1 antwortet kein PostgreSQL-Server. Prüfen Sie Adresse und Port und ob der Server läuft (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 asks for the password of %2. Enter it in File → Connect to Server…, or keep it in ~/.pgpass.</source>
        <translation>Der Server auf %1 verlangt das Passwort von %2. Geben Sie es unter Datei → Mit Server verbinden… ein oder legen Sie es in ~/.pgpass ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 did not accept the user name %2 with that password.</source>
        <translation>Der Server auf %1 hat den Benutzernamen %2 mit diesem Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 has no database named %2. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Der Server auf %1 hat keine Datenbank namens %2. Prüfen Sie den Namen oder bitten Sie den Administrator des Servers, sie anzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not connect to %2. Ask the server&apos;s administrator for access.</source>
        <translation>%1 darf sich nicht mit %2 verbinden. Bitten Sie den Administrator des Servers um Zugang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was set up by a newer version of Rapport. Update Rapport to use it; nothing was changed.</source>
        <translation>%1 wurde mit einer neueren Version von Rapport eingerichtet. Aktualisieren Sie Rapport, um die Datenbank zu verwenden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds tables of another program, not Rapport. Nothing was changed; use an empty database.</source>
        <translation>%1 enthält Tabellen eines anderen Programms, nicht von Rapport. Es wurde nichts geändert; verwenden Sie eine leere Datenbank.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 may not create Rapport&apos;s tables in %2. Ask the server&apos;s administrator to let the database&apos;s owner connect once first, or to grant the right to create tables.</source>
        <translation>%1 darf die Tabellen von Rapport in %2 nicht anlegen. Bitten Sie den Administrator des Servers, zuerst einmal den Eigentümer der Datenbank verbinden zu lassen oder das Recht zum Anlegen von Tabellen zu erteilen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot upgrade %1 to the current version: %2</source>
        <translation>%1 kann nicht auf die aktuelle Version aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no database is open</source>
        <translation>keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not %1: %2 is read-only. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: %2 ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: another program is using %2. Nothing was changed; try again in a moment.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Programm verwendet %2. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: %2 is damaged. Nothing was changed; restore a backup.</source>
        <translation>%1 fehlgeschlagen: %2 ist beschädigt. Es wurde nichts geändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the values are not allowed (%2). Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Die Werte sind nicht zulässig (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: %2 may not change %3. Nothing was changed; ask the server&apos;s administrator for the right.</source>
        <translation>%1 fehlgeschlagen: %2 darf %3 nicht ändern. Es wurde nichts geändert; bitten Sie den Administrator des Servers um dieses Recht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not %1: the connection to %2 was lost. Nothing was changed; try again when the server is back.</source>
        <translation>%1 fehlgeschlagen: Die Verbindung zu %2 ist abgebrochen. Es wurde nichts geändert; versuchen Sie es erneut, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: someone else changed the same data at the same moment. Nothing was changed; try again.</source>
        <translation>%1 fehlgeschlagen: Jemand anderes hat im selben Moment dieselben Daten geändert. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/databasecopy.cpp" line="+102"/>
        <source>the table %1 differs between the two databases</source>
        <translation>die Tabelle %1 unterscheidet sich zwischen den beiden Datenbanken</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no database is open</source>
        <translation>keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already holds clients or settings; copy only into an empty database</source>
        <translation>%1 enthält bereits Kunden oder Einstellungen; kopieren Sie nur in eine leere Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../core/databaselocation.cpp" line="+53"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a server address Rapport understands (%2). Write it as postgresql://user@host:5432/database.</source>
        <translation>„%1“ ist keine Serveradresse, die Rapport versteht (%2). Schreiben Sie sie in der Form postgresql://benutzer@server:5432/datenbank.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../ui/datetext.cpp" line="+30"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message numerus="yes">
        <location filename="../ui/exportscopedialog.cpp" line="+17"/>
        <source>&amp;All clients (%n)</source>
        <translation>
            <numerusform>&amp;Alle Kunden (%n)</numerusform>
            <numerusform>&amp;Alle Kunden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients do you want to export?</source>
        <translation>Welche Kunden möchten Sie exportieren?</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The clients &amp;shown in the list (%n)</source>
        <translation>
            <numerusform>Der in der Liste ge&amp;zeigte Kunde (%n)</numerusform>
            <numerusform>Die in der Liste ge&amp;zeigten Kunden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The s&amp;elected clients (%n)</source>
        <translation>
            <numerusform>Der aus&amp;gewählte Kunde (%n)</numerusform>
            <numerusform>Die aus&amp;gewählten Kunden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the clients &amp;of:</source>
        <translation>Nur die Kunden &amp;von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account owner</source>
        <translation>Kundenbetreuung</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <location filename="../core/followupcalendar.cpp" line="+57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact %1</source>
        <translation>%1 kontaktieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number %1 of %2 on Rapport&apos;s follow-up list.</source>
        <translation>Nummer %1 von %2 auf Rapports Nachfassliste.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rapport follow-ups</source>
        <translation>Rapport-Nachfassen</translation>
    </message>
</context>
<context>
    <name>FollowUpPlanner</name>
    <message numerus="yes">
        <location filename="../core/followupplanner.cpp" line="+139"/>
        <source>no answer to %n attempt(s) since %1</source>
        <translation>
            <numerusform>keine Antwort auf %n Versuch seit %1</numerusform>
            <numerusform>keine Antwort auf %n Versuche seit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>due for contact: %n day(s) since the last one</source>
        <translation>
            <numerusform>Kontakt fällig: %n Tag seit dem letzten</numerusform>
            <numerusform>Kontakt fällig: %n Tage seit dem letzten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>silent for %1 days, usually in touch every %n day(s)</source>
        <translation>
            <numerusform>seit %1 Tagen Funkstille, sonst Kontakt im Abstand von %n Tag</numerusform>
            <numerusform>seit %1 Tagen Funkstille, sonst Kontakt im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>needs contact at least every %n day(s)</source>
        <translation>
            <numerusform>braucht mindestens alle %n Tag Kontakt</numerusform>
            <numerusform>braucht mindestens alle %n Tage Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>due for a first contact</source>
        <translation>erster Kontakt fällig</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>moved %1 → %2 on %3</source>
        <translation>am %3 von %1 → %2 gewechselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worsening over the last 90 days</source>
        <translation>verschlechtert sich seit 90 Tagen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>free to leave from %1</source>
        <translation>kann ab %1 gehen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>third-degree client: wants exactly what they ask for and blames you for the results</source>
        <translation>Kunde dritten Grades: will genau das, was er verlangt, und gibt Ihnen die Schuld am Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the Toxic rung: takes more than they give</source>
        <translation>auf der Stufe „Toxisch“: nimmt mehr, als er gibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Terrorist corner: may be warning others off</source>
        <translation>in der Terroristen-Ecke: warnt womöglich andere vor Ihnen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Weakest: %1. %2</source>
        <translation>Schwächste Dimension: %1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consider parting ways: explain plainly what you can and cannot do for them, and recommend someone better suited if they want more.</source>
        <translation>Erwägen Sie eine Trennung: Erklären Sie klar, was Sie für den Kunden tun können und was nicht, und empfehlen Sie jemand Passenderen, wenn er mehr will.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send one short, friendly message asking whether they want to carry on; if it stays unanswered, close the relationship politely and stop chasing.</source>
        <translation>Schicken Sie eine kurze, freundliche Nachricht und fragen Sie, ob die Zusammenarbeit weitergehen soll; bleibt sie unbeantwortet, beenden Sie die Beziehung höflich und haken Sie nicht weiter nach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call rather than email.</source>
        <translation>Lieber anrufen als schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk this week, listen without defending, and offer one concrete fix; if it cannot be put right, end it on good terms before it costs you more.</source>
        <translation>Sprechen Sie diese Woche mit dem Kunden, hören Sie zu, ohne sich zu verteidigen, und bieten Sie eine konkrete Lösung an; lässt sich nichts retten, trennen Sie sich im Guten, bevor es Sie mehr kostet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book one frank meeting to learn what went wrong, then decide: fix it with a clear plan, or part ways politely.</source>
        <translation>Vereinbaren Sie ein offenes Gespräch, um zu erfahren, was schiefgelaufen ist, und entscheiden Sie dann: mit einem klaren Plan beheben oder sich höflich trennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask plainly what would make them happier and commit to one change with a date; consider a fresh person on the account.</source>
        <translation>Fragen Sie direkt, was den Kunden zufriedener machen würde, und sagen Sie eine Änderung mit Termin zu; erwägen Sie einen neuen Ansprechpartner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in on their next need and restate what is included and what is extra, in writing, before prices come up.</source>
        <translation>Fragen Sie nach dem nächsten Bedarf und halten Sie schriftlich fest, was enthalten ist und was extra kostet, bevor es um Preise geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short check-in: thank them, ask how things are going, and ask who else might benefit from working with you.</source>
        <translation>Kurz nachfragen: Bedanken Sie sich, fragen Sie, wie es läuft, und wer sonst noch von einer Zusammenarbeit mit Ihnen profitieren könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them personally and ask for a testimonial or an introduction.</source>
        <translation>Bedanken Sie sich persönlich und bitten Sie um eine Referenz oder eine Empfehlung.</translation>
    </message>
</context>
<context>
    <name>FollowUpReport</name>
    <message>
        <location filename="../ui/followupreport.cpp" line="+48"/>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never contacted; added %1</source>
        <translation>nie kontaktiert; hinzugefügt am %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+257"/>
        <source>Follow-up report</source>
        <translation>Follow-up-Bericht</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1: follow-up report</source>
        <translation>%1: Follow-up-Bericht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the clients of %1 (account owner).</source>
        <translation>Nur die Kunden von %1 (Kundenbetreuung).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s):</source>
        <translation>
            <numerusform>%n Kunde:</numerusform>
            <numerusform>%n Kunden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apostles %1 · Terrorists %2.</source>
        <translation>Apostel %1 · Terroristen %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In lapse: %1; due for contact: %2.</source>
        <translation>Mit Kontaktlücke: %1; Kontakt fällig: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this list: %1; not due this week: %2.</source>
        <translation>Auf dieser Liste: %1; diese Woche nicht fällig: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>NPS %1 (%n answer(s)).</source>
        <translation>
            <numerusform>NPS %1 (%n Antwort).</numerusform>
            <numerusform>NPS %1 (%n Antworten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS: no answers yet.</source>
        <translation>NPS: noch keine Antworten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Apostles</source>
        <translation>Apostel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorists</source>
        <translation>Terroristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody needs a follow-up this week: every client is within their contact interval.</source>
        <translation>Diese Woche muss bei niemandem nachgefasst werden: Alle Kunden liegen innerhalb ihres Kontaktintervalls.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Frameworks</name>
    <message>
        <location filename="../core/frameworks.cpp" line="+30"/>
        <location line="+37"/>
        <location line="+115"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Terrorist</source>
        <translation>Terrorist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toxic</source>
        <translation>Toxisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer (buys now and then)</source>
        <translation>Gelegenheitskunde (kauft ab und zu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client (buys regularly)</source>
        <translation>Stammkunde (kauft regelmäßig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Courting</source>
        <translation>Kennenlernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuation</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convergence</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactivity</source>
        <translation>Proaktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savvy</source>
        <translation>Verständnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chemistry</source>
        <translation>Chemie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do exactly what you said, when you said it, and say so; confirm the next promise in writing.</source>
        <translation>Tun Sie genau das, was Sie zugesagt haben, zum zugesagten Zeitpunkt, und sagen Sie es auch; bestätigen Sie die nächste Zusage schriftlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the result, not the effort: share a short summary of what was delivered and what it achieved.</source>
        <translation>Zeigen Sie das Ergebnis, nicht den Aufwand: Schicken Sie eine kurze Zusammenfassung, was geliefert wurde und was es gebracht hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make them feel valued: a personal call from you, not a template, and remember what matters to them.</source>
        <translation>Zeigen Sie Wertschätzung: ein persönlicher Anruf statt einer Vorlage, und merken Sie sich, was dem Kunden wichtig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn them before they find out: send a heads-up on risks, deadlines or changes that affect them.</source>
        <translation>Warnen Sie vor, bevor der Kunde es selbst merkt: Weisen Sie früh auf Risiken, Fristen oder Änderungen hin, die ihn betreffen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn their world: ask about their goals for the year and link your next proposal to them.</source>
        <translation>Lernen Sie die Welt des Kunden kennen: Fragen Sie nach seinen Zielen für das Jahr und knüpfen Sie Ihr nächstes Angebot daran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend time outside the transaction: a coffee or a visit, or a different person on the account.</source>
        <translation>Verbringen Sie Zeit abseits des Geschäftlichen: ein Kaffee oder ein Besuch, oder ein anderer Ansprechpartner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contract</source>
        <translation>Ein Vertrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost of switching</source>
        <translation>Die Wechselkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alternative</source>
        <translation>Keine Alternative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>First degree: we deliver what they need</source>
        <translation>Erster Grad: Wir liefern, was der Kunde braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second degree: we deliver what they want, and suggest what they need</source>
        <translation>Zweiter Grad: Wir liefern, was der Kunde will, und schlagen vor, was er braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third degree: exactly what they want, and they blame us for the results</source>
        <translation>Dritter Grad: genau das, was der Kunde will, und er gibt uns die Schuld am Ergebnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passive</source>
        <translation>Passiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <location filename="../ui/handbookdialog.cpp" line="+21"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport Handbook</source>
        <translation>Rapport-Handbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous place in the handbook</source>
        <translation>Zurück zur vorigen Stelle im Handbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward again</source>
        <translation>Wieder vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start of the handbook, with its list of contents</source>
        <translation>Der Anfang des Handbuchs mit dem Inhaltsverzeichnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find in the handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word; Enter finds the next place it appears</source>
        <translation>Geben Sie ein Wort ein; Eingabe findet die nächste Stelle</translation>
    </message>
</context>
<context>
    <name>ImapAccount</name>
    <message>
        <location filename="../core/imapmailbox.cpp" line="+198"/>
        <source>Write the mail account as imaps://user@server/INBOX.</source>
        <translation>Schreiben Sie das E-Mail-Konto als imaps://benutzer@server/INBOX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>The mail account address has characters that cannot be in it.</source>
        <translation>Die Adresse des E-Mail-Kontos enthält Zeichen, die darin nicht stehen dürfen.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The port of the mail account must be a number from 1 to 65535.</source>
        <translation>Der Port des E-Mail-Kontos muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Leave the password out of the mail account address: Rapport asks for it and keeps it in the keyring.</source>
        <translation>Lassen Sie das Passwort aus der Adresse des E-Mail-Kontos weg: Rapport fragt danach und bewahrt es im Schlüsselbund auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail account address has no user name: write it as imaps://user@server/INBOX.</source>
        <translation>Die Adresse des E-Mail-Kontos hat keinen Benutzernamen: Schreiben Sie sie als imaps://benutzer@server/INBOX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail account address has no server name: write it as imaps://user@server/INBOX.</source>
        <translation>Die Adresse des E-Mail-Kontos hat keinen Servernamen: Schreiben Sie sie als imaps://benutzer@server/INBOX.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2@%3</source>
        <translation>%1 von %2@%3</translation>
    </message>
</context>
<context>
    <name>ImapMailbox</name>
    <message>
        <location line="+35"/>
        <source>The mail server %1 did not answer for %2 seconds: it may be down or busy, try again later.</source>
        <translation>Der Mailserver %1 hat %2 Sekunden lang nicht geantwortet: Er ist vielleicht ausgefallen oder ausgelastet, versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mail account has no server name.</source>
        <translation>Das E-Mail-Konto hat keinen Servernamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport reads mail from %1 only over an encrypted connection: choose TLS or STARTTLS.</source>
        <translation>Rapport liest E-Mails von %1 nur über eine verschlüsselte Verbindung: Wählen Sie TLS oder STARTTLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trusted certificate file %1 cannot be read.</source>
        <translation>Die vertrauenswürdige Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>There is not enough memory to read mail.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um E-Mails zu lesen.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot reach the mail server %1 on port %2: check the server name and port, and that this computer is online.</source>
        <translation>Der Mailserver %1 ist auf Port %2 nicht erreichbar: Prüfen Sie Servername und Port und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 did not start a secure connection on port %2: check the port and the security setting.</source>
        <translation>Der Mailserver %1 hat auf Port %2 keine sichere Verbindung aufgebaut: Prüfen Sie den Port und die Verschlüsselung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 does not accept connections now.</source>
        <translation>Der Mailserver %1 nimmt gerade keine Verbindungen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 on port %2 did not answer as an IMAP server: check the port and the security setting.</source>
        <translation>Der Mailserver %1 hat auf Port %2 nicht wie ein IMAP-Server geantwortet: Prüfen Sie den Port und die Verschlüsselung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server %1 does not offer STARTTLS on port %2: choose TLS (port 993) instead.</source>
        <translation>Der Mailserver %1 bietet auf Port %2 kein STARTTLS an: Wählen Sie stattdessen TLS (Port 993).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 did not start a secure connection with STARTTLS on port %2.</source>
        <translation>Der Mailserver %1 hat mit STARTTLS auf Port %2 keine sichere Verbindung aufgebaut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mail server %1 sent no certificate, so it cannot be trusted.</source>
        <translation>Der Mailserver %1 hat kein Zertifikat gesendet, daher kann ihm nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trusted certificate file %1 holds no certificate in PEM form.</source>
        <translation>Die vertrauenswürdige Zertifikatsdatei %1 enthält kein Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, SHA-256 fingerprint %2</source>
        <translation>%1, SHA-256-Fingerabdruck %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of mail server %1 could not be checked (%2).</source>
        <translation>Das Zertifikat des Mailservers %1 konnte nicht geprüft werden (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is not trusted: it is self-signed (%2). If this is your own server, choose its certificate as trusted.</source>
        <translation>Dem Zertifikat des Mailservers %1 wird nicht vertraut: Es ist selbst signiert (%2). Wenn es Ihr eigener Server ist, wählen Sie sein Zertifikat als vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is not trusted: it was not issued by an authority this computer trusts (%2).</source>
        <translation>Dem Zertifikat des Mailservers %1 wird nicht vertraut: Es wurde nicht von einer Stelle ausgestellt, der dieser Computer vertraut (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of mail server %1 expired on %2 (%3).</source>
        <translation>Das Zertifikat des Mailservers %1 ist am %2 abgelaufen (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is not valid before %2 (%3): check this computer&apos;s date.</source>
        <translation>Das Zertifikat des Mailservers %1 gilt erst ab %2 (%3): Prüfen Sie das Datum dieses Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is for another server (%2).</source>
        <translation>Das Zertifikat des Mailservers %1 gehört zu einem anderen Server (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of mail server %1 has been revoked (%2).</source>
        <translation>Das Zertifikat des Mailservers %1 wurde widerrufen (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of mail server %1 is not valid (%2).</source>
        <translation>Das Zertifikat des Mailservers %1 ist ungültig (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server %1 refused the login of %2: check the user name and password.</source>
        <translation>Der Mailserver %1 hat die Anmeldung von %2 abgelehnt: Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to mail server %1 was lost while logging in.</source>
        <translation>Die Verbindung zum Mailserver %1 brach bei der Anmeldung ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no mailbox &quot;%1&quot; on mail server %2 for %3.</source>
        <translation>Auf dem Mailserver %2 gibt es für %3 kein Postfach „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to mail server %1 was lost while opening the mailbox &quot;%2&quot;.</source>
        <translation>Die Verbindung zum Mailserver %1 brach beim Öffnen des Postfachs „%2“ ab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to mail server %1 was lost while listing the messages of &quot;%2&quot;.</source>
        <translation>Die Verbindung zum Mailserver %1 brach beim Auflisten der Nachrichten von „%2“ ab.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading mail from %1 was cancelled.</source>
        <translation>Das Lesen der E-Mails von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to mail server %1 was lost while reading the messages of &quot;%2&quot;.</source>
        <translation>Die Verbindung zum Mailserver %1 brach beim Lesen der Nachrichten von „%2“ ab.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="+61"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the stored client</source>
        <translation>Gespeicherten Kunden aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Import column %1 as</source>
        <translation>Spalte %1 importieren als</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+44"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already stored</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die sich nicht importieren lassen</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+134"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is the one you meant and that its letters look right.</source>
        <translation>Prüfen Sie, ob es die gemeinte Datei ist und die Buchstaben richtig aussehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian (Outlook, Windows &quot;Unicode text&quot;)</source>
        <translation>UTF-16, Little Endian (Outlook, Windows „Unicode-Text“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, Big Endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European, older spreadsheets)</source>
        <translation>Windows-1252 (westeuropäisch, ältere Tabellenprogramme)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised as:</source>
        <translation>Erkannt als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first lines of the file:</source>
        <translation>Die ersten Zeilen der Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what each column of the file becomes, and the scale its scores are on.</source>
        <translation>Wählen Sie, was aus jeder Spalte der Datei wird und auf welcher Skala ihre Werte stehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Satisfaction scale in the file:</source>
        <translation>&amp;Skala der Zufriedenheit in der Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repurchase scale:</source>
        <translation>Skala der &amp;Wiederkaufbereitschaft:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows as they will be stored, and the rows that cannot be imported.</source>
        <translation>Die Zeilen, wie sie gespeichert werden, und die Zeilen, die nicht importiert werden können.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clients already stored</source>
        <translation>Bereits gespeicherte Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These clients of the file seem to be stored already (same email, or same name and company). Choose for each what to do.</source>
        <translation>Diese Kunden der Datei scheinen schon gespeichert zu sein (gleiche E-Mail oder gleicher Name und gleiche Firma). Wählen Sie für jeden, was geschehen soll.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;For all of them:</source>
        <translation>&amp;Für alle:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import writes all of this at once, or nothing if anything goes wrong. One Undo takes it back.</source>
        <translation>Der Import schreibt all das auf einmal oder gar nichts, wenn etwas schiefgeht. Ein Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What Import does</source>
        <translation>Was der Import tut</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file is not UTF-8 text, so it is read as Windows-1252. If letters such as é or ü look wrong below, choose another encoding.</source>
        <translation>Diese Datei ist kein UTF-8-Text und wird daher als Windows-1252 gelesen. Wenn Buchstaben wie é oder ü unten falsch aussehen, wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows and skip the bad ones: they are written, with their line and reason, to %1 beside the file.</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften überspringen: Sie werden mit Zeile und Grund in %1 neben der Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What to do with line %1</source>
        <translation>Was mit Zeile %1 geschehen soll</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every row that can be imported (%1), as it will be stored:</source>
        <translation>Jede Zeile, die importiert werden kann (%1), wie sie gespeichert wird:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %1 of %2 rows that can be imported, as they will be stored:</source>
        <translation>Die ersten %1 von %2 importierbaren Zeilen, wie sie gespeichert werden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>No name in the file for %n contact(s): named after their email or phone, shown in italics.</source>
        <translation>
            <numerusform>Kein Name in der Datei für %n Kontakt: nach E-Mail oder Telefon benannt, kursiv gezeigt.</numerusform>
            <numerusform>Kein Name in der Datei für %n Kontakte: nach E-Mail oder Telefon benannt, kursiv gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repurchase</source>
        <translation>Wiederkauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No name in the file: named after its email or phone. You can rename the client after the import.</source>
        <translation>Kein Name in der Datei: nach E-Mail oder Telefon benannt. Sie können den Kunden nach dem Import umbenennen.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n row(s) cannot be imported. Correct them in the file (or change the columns) and import again, or skip them; nothing has been written.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden. Korrigieren Sie sie in der Datei (oder ändern Sie die Spalten) und importieren Sie erneut, oder überspringen Sie sie; es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden. Korrigieren Sie sie in der Datei (oder ändern Sie die Spalten) und importieren Sie erneut, oder überspringen Sie sie; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interactions to log: %1</source>
        <translation>Zu erfassende Interaktionen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New clients: %1</source>
        <translation>Neue Kunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored clients updated: %1</source>
        <translation>Aktualisierte gespeicherte Kunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already stored and skipped: %1</source>
        <translation>Bereits gespeichert und übersprungen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bad rows skipped: %1, written with their line and reason to %2</source>
        <translation>Übersprungene fehlerhafte Zeilen: %1, mit Zeile und Grund geschrieben nach %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Logs: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds a new client</source>
        <translation>Legt einen neuen Kunden an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing: already stored as %1</source>
        <translation>Nichts: bereits gespeichert als %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates the stored client %1</source>
        <translation>Aktualisiert den gespeicherten Kunden %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds a new client beside the stored %1</source>
        <translation>Legt einen neuen Kunden neben dem gespeicherten %1 an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skips the row (%1); it goes to %2</source>
        <translation>Überspringt die Zeile (%1); sie kommt nach %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and %1 more rows, not listed here</source>
        <translation>… und %1 weitere Zeilen, hier nicht aufgeführt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1. Nothing was imported. Make room for that file, or go back and import without skipping the bad rows.</source>
        <translation>%1. Es wurde nichts importiert. Schaffen Sie Platz für diese Datei, oder gehen Sie zurück und importieren Sie, ohne die fehlerhaften Zeilen zu überspringen.</translation>
    </message>
</context>
<context>
    <name>ImportDropTarget</name>
    <message>
        <location filename="../ui/importdroptarget.cpp" line="+75"/>
        <source>dropped contacts %1.vcf</source>
        <translation>abgelegte Kontakte %1.vcf</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../ui/interactiondialog.cpp" line="+14"/>
        <source>Interaction with %1</source>
        <translation>Interaktion mit %1</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <location filename="../ui/interactionform.cpp" line="+34"/>
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation>Was besprochen, was vereinbart wurde (Strg+Eingabe erfasst)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hat:</source>
        <translation>Wa&amp;s:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of interaction</source>
        <translation>Art der Interaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reached out</source>
        <translation>Wer sich gemeldet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened; now, unless you change it</source>
        <translation>Wann es war; jetzt, sofern Sie es nicht ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date and time of the contact. It follows the clock until you change it, so a contact logged as it happens needs no date; pick an earlier one for something you log later.</source>
        <translation>Datum und Uhrzeit des Kontakts. Sie laufen mit der Uhr mit, bis Sie sie ändern; ein Kontakt, den Sie sofort erfassen, braucht also kein Datum. Wählen Sie ein früheres, wenn Sie etwas nachträglich erfassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting, call, email, message or other</source>
        <translation>Treffen, Anruf, E-Mail, Nachricht oder Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you were in touch: a meeting, a call, an email, a message or something else.</source>
        <translation>Wie Sie in Kontakt waren: ein Treffen, ein Anruf, eine E-Mail, eine Nachricht oder etwas anderes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reached out: you or the client</source>
        <translation>Wer sich gemeldet hat: Sie oder der Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether you reached out to the client or the client reached out to you. A client who gets in touch always counts as a contact.</source>
        <translation>Ob Sie sich beim Kunden gemeldet haben oder der Kunde bei Ihnen. Meldet sich der Kunde, zählt das immer als Kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether you got an answer</source>
        <translation>Ob Sie eine Antwort bekommen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the client answered. Attempts that go unanswered are counted: after several in a row, Rapport marks the client as in lapse and suggests parting ways politely.</source>
        <translation>Ob der Kunde geantwortet hat. Unbeantwortete Versuche werden gezählt: Nach mehreren in Folge markiert Rapport den Kunden mit einer Kontaktlücke und schlägt vor, sich höflich zu trennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note on what was said (Ctrl+Return logs it)</source>
        <translation>Eine Notiz zum Gesagten (Strg+Eingabe erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and what was agreed, in your own words. Notes can be searched later with Edit → Search Notes…; Ctrl+Return logs the interaction.</source>
        <translation>Was besprochen und was vereinbart wurde, in Ihren eigenen Worten. Notizen lassen sich später mit Bearbeiten → Notizen durchsuchen… finden; Strg+Eingabe erfasst die Interaktion.</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <location filename="../core/interaction.cpp" line="+16"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>we reached out</source>
        <translation>wir haben uns gemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>they reached out</source>
        <translation>der Kunde hat sich gemeldet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered</source>
        <translation>mit Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>ohne Antwort</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>LapseRules</name>
    <message>
        <location filename="../core/lapserules.cpp" line="+106"/>
        <source>Contact intervals for %1 must be between 1 and %2 days.</source>
        <translation>Die Kontaktintervalle für %1 müssen zwischen 1 und %2 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For %1, the longest gap (%2 days) cannot be shorter than the ideal one (%3 days).</source>
        <translation>Bei %1 darf der längste Abstand (%2 Tage) nicht kürzer sein als der ideale (%3 Tage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of unanswered attempts must be between 1 and 100.</source>
        <translation>Die Zahl unbeantworteter Versuche muss zwischen 1 und 100 liegen.</translation>
    </message>
</context>
<context>
    <name>LapseRulesEditor</name>
    <message>
        <location filename="../ui/lapseruleseditor.cpp" line="+20"/>
        <source>How often should each segment hear from you? Past the ideal gap a client is due for contact; past the longest gap it is overdue. A client&apos;s own intervals, set in its details, take precedence.</source>
        <translation>Wie oft sollte jedes Segment von Ihnen hören? Nach dem idealen Abstand ist ein Kontakt fällig, nach dem längsten Abstand ist er überfällig. Eigene Intervalle eines Kunden, in seinen Details festgelegt, haben Vorrang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ideal gap</source>
        <translation>Idealer Abstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest gap</source>
        <translation>Längster Abstand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ideal gap for %1</source>
        <translation>Idealer Abstand für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest gap for %1</source>
        <translation>Längster Abstand für %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> attempts</source>
        <translation> Versuche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unanswered in a row before suggesting to part ways:</source>
        <translation>&amp;Unbeantwortet in Folge, bevor eine Trennung vorgeschlagen wird:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>MailLog</name>
    <message>
        <location filename="../core/maillog.cpp" line="+262"/>
        <source>%1, %2 for %3, %4</source>
        <comment>a mail reading: messages read, emails logged, for how many clients, how many unanswered</comment>
        <translation>%1, %2 für %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n logged</source>
        <comment>emails</comment>
        <translation>
            <numerusform>%n eingetragen</numerusform>
            <numerusform>%n eingetragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunden</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n unanswered</source>
        <comment>emails</comment>
        <translation>
            <numerusform>%n unbeantwortet</numerusform>
            <numerusform>%n unbeantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSendersDialog</name>
    <message>
        <location filename="../ui/mailsendersdialog.cpp" line="+17"/>
        <source>New Clients from Mail</source>
        <translation>Neue Kunden aus E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These people wrote to you more than once but are not among your clients. Tick the ones to add as clients; their emails are logged when the mail is read again, which Rapport does at once.</source>
        <translation>Diese Personen haben Ihnen mehr als einmal geschrieben, sind aber keine Kunden. Haken Sie an, wen Sie als Kunden aufnehmen möchten; deren E-Mails werden beim erneuten Lesen eingetragen, das Rapport sofort erledigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n message(s), the last on %2</source>
        <translation>
            <numerusform>%1: %n Nachricht, die letzte am %2</numerusform>
            <numerusform>%1: %n Nachrichten, die letzte am %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add as Clients</source>
        <translation>Als Kunden &amp;aufnehmen</translation>
    </message>
</context>
<context>
    <name>MailboxReader</name>
    <message>
        <location filename="../core/mailboxreader.cpp" line="+156"/>
        <source>Rapport found no mail in “%1”: no mbox file, Maildir, .eml file or Thunderbird profile.</source>
        <translation>Rapport hat in „%1“ keine E-Mails gefunden: keine mbox-Datei, kein Maildir, keine .eml-Datei und kein Thunderbird-Profil.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no file or folder “%1”.</source>
        <translation>Es gibt keine Datei und keinen Ordner „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rapport may not read “%1”: you do not have permission.</source>
        <translation>Rapport darf „%1“ nicht lesen: Ihnen fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport could not read “%1”: %2.</source>
        <translation>Rapport konnte „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rapport may not open the folder “%1”: you do not have permission.</source>
        <translation>Rapport darf den Ordner „%1“ nicht öffnen: Ihnen fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport could not open the folder “%1”: %2.</source>
        <translation>Rapport konnte den Ordner „%1“ nicht öffnen: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+87"/>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add your clients and place each one by how satisfied they are and how likely they are to buy again. Rapport then shows who needs your attention first.

Not ready yet? Load some sample clients to look around; you can undo it.</source>
        <translation>Fügen Sie Ihre Kunden hinzu und platzieren Sie jeden danach, wie zufrieden er ist und wie wahrscheinlich er wieder kauft. Rapport zeigt Ihnen dann, wer zuerst Ihre Aufmerksamkeit braucht.

Noch nicht so weit? Laden Sie ein paar Beispielkunden, um sich umzusehen; das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a Client…</source>
        <translation>Kunden hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+987"/>
        <source>Load Sample Data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <location line="-670"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Clients or Interactions…</source>
        <translation>Kunden oder Interaktionen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport Clients as CSV…</source>
        <translation>Kunden als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Interactions as CS&amp;V…</source>
        <translation>Interaktionen als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sicherung erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Follow-up Report…</source>
        <translation>Follow-up-Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Report as PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Business Name…</source>
        <translation>Fir&amp;menname…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Sample Data…</source>
        <translation>Beispieldaten &amp;laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Client…</source>
        <translation>Kunden &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Client…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Client…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search &amp;Notes…</source>
        <translation>&amp;Notizen durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;Boundaries…</source>
        <translation>Segment&amp;grenzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact Intervals…</source>
        <translation>&amp;Kontaktintervalle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard…</source>
        <translation>Ü&amp;bersicht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour Dots By</source>
        <translation>&amp;Punkte färben nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;NPS Category</source>
        <translation>&amp;NPS-Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ladder &amp;Rung</source>
        <translation>&amp;Loyalitätsstufe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+666"/>
        <source>follow-up %1 %2.pdf</source>
        <translation>Nachfassen %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Bad rows skipped: %1, written with their line and reason to %2.</source>
        <translation>Übersprungene fehlerhafte Zeilen: %1, mit Zeile und Grund geschrieben nach %2.</translation>
    </message>
    <message>
        <location line="-731"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Add your first client (Ctrl+N)</source>
        <translation>Ersten Kunden hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add made-up clients to try Rapport out; Undo removes them</source>
        <translation>Erfundene Kunden hinzufügen, um Rapport auszuprobieren; „Rückgängig“ entfernt sie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the first steps in the handbook</source>
        <translation>Die ersten Schritte im Handbuch lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the handbook where it explains how to start (F1 opens it any time)</source>
        <translation>Das Handbuch an der Stelle öffnen, die den Einstieg erklärt (F1 öffnet es jederzeit)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops reading the mail; what was read is kept, and the next reading goes on from there.</source>
        <translation>Beendet das Lesen der E-Mails; was gelesen wurde, bleibt, und das nächste Lesen macht dort weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading mail: %1 messages, %2 left out</source>
        <translation>E-Mails werden gelesen: %1 Nachrichten, %2 ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading mail: %1 messages</source>
        <translation>E-Mails werden gelesen: %1 Nachrichten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 had changed this client too: both changes are kept.</source>
        <translation>%1 hatte diesen Kunden ebenfalls geändert: Beide Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Jemand anders</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected again; the changes made meanwhile are shown.</source>
        <translation>Wieder verbunden; die inzwischen gemachten Änderungen werden angezeigt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The calendar file was not updated. %1</source>
        <translation>Die Kalenderdatei wurde nicht aktualisiert. %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Write Email…</source>
        <translation>E-Mail &amp;schreiben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Call…</source>
        <translation>&amp;Anrufen…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Connect to &amp;Server…</source>
        <translation>Mi&amp;t Server verbinden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read &amp;Mail…</source>
        <translation>E-M&amp;ails lesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the emails you exchanged with your clients as interactions, read from Thunderbird, a mail folder, an mbox file or an IMAP account: who wrote, who answered, and who went quiet. Only the headers are read; nothing is changed in the mailbox.</source>
        <translation>Trägt die E-Mails, die Sie mit Ihren Kunden gewechselt haben, als Interaktionen ein, gelesen aus Thunderbird, einem Mailordner, einer mbox-Datei oder einem IMAP-Konto: wer schrieb, wer antwortete und wer verstummt ist. Nur die Kopfzeilen werden gelesen; im Postfach ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Clients as vCar&amp;d…</source>
        <translation>Kunden als v&amp;Card exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export C&amp;lient…</source>
        <translation>Kundendaten &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Follow-ups as &amp;Calendar…</source>
        <translation>Nachfassen als &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y to Server…</source>
        <translation>Auf Server k&amp;opieren…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Erase &amp;Personal Data…</source>
        <translation>Persönliche &amp;Daten löschen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Colours the chart&apos;s dots by segment, by NPS category or by ladder rung, with a legend above the chart. The shape of a dot always tells its segment.</source>
        <translation>Färbt die Punkte im Diagramm nach Segment, NPS-Kategorie oder Loyalitätsstufe, mit einer Legende über dem Diagramm. Die Form eines Punkts zeigt immer sein Segment.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rapport &amp;Handbook</source>
        <translation>Rapport-&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Rapport</source>
        <translation>Ü&amp;ber Rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a client</source>
        <translation>Kunden hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a form for a new client: the name, how to reach them, and the two scores that place the client on the chart. Undo removes the client again.</source>
        <translation>Öffnet ein Formular für einen neuen Kunden: der Name, wie er erreichbar ist, und die beiden Werte, die ihn im Diagramm platzieren. „Rückgängig“ entfernt den Kunden wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected client</source>
        <translation>Ausgewählten Kunden bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the selected client in a window to change any of its fields. The Details tab under the chart edits the same fields in place.</source>
        <translation>Öffnet den ausgewählten Kunden in einem Fenster, um beliebige Felder zu ändern. Der Reiter „Details“ unter dem Diagramm bearbeitet dieselben Felder direkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected clients</source>
        <translation>Ausgewählte Kunden löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the clients selected in the list, with their interactions, after asking. Undo brings them back exactly as they were.</source>
        <translation>Löscht nach einer Rückfrage die in der Liste ausgewählten Kunden mit ihren Interaktionen. „Rückgängig“ holt sie genau so zurück, wie sie waren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save everything about the selected client in one file</source>
        <translation>Alles über den ausgewählten Kunden in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes everything Rapport holds about the selected client into one JSON file: name, emails, phones, tags, notes, scores, every interaction with its note, every move on the chart and the relationship fields. Give it to a client who asks for their data.</source>
        <translation>Schreibt alles, was Rapport über den ausgewählten Kunden weiß, in eine JSON-Datei: Name, E-Mails, Telefonnummern, Schlagwörter, Notizen, Bewertungen, jede Interaktion mit ihrer Notiz, jede Verschiebung im Diagramm und die Felder der Beziehung. Geben Sie sie einem Kunden, der nach seinen Daten fragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the name, contact details and notes of the selected client</source>
        <translation>Name, Kontaktdaten und Notizen des ausgewählten Kunden löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erases what identifies the selected client: name, company, emails, phones, tags, notes and the notes of every interaction. The scores, the interactions themselves and the history stay, so your counts and the dashboard stay right. This cannot be undone, and it clears the undo history.</source>
        <translation>Löscht, was den ausgewählten Kunden erkennbar macht: Name, Firma, E-Mails, Telefonnummern, Schlagwörter, Notizen und die Notizen jeder Interaktion. Die Bewertungen, die Interaktionen selbst und der Verlauf bleiben, damit Ihre Zahlen und die Übersicht stimmen. Das lässt sich nicht rückgängig machen und leert den Rückgängig-Verlauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a meeting, call or email with the selected client</source>
        <translation>Ein Treffen, einen Anruf oder eine E-Mail mit dem ausgewählten Kunden erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumps to the quick form under the chart, to note a meeting, call, email or message with the selected client. Logging contacts is how Rapport knows who is due.</source>
        <translation>Springt zum kurzen Formular unter dem Diagramm, um ein Treffen, einen Anruf, eine E-Mail oder Nachricht mit dem ausgewählten Kunden zu notieren. Durch die erfassten Kontakte weiß Rapport, wer fällig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum up all clients</source>
        <translation>Alle Kunden im Überblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens tiles and charts that sum up your clients: how many in each segment, your NPS, who is in lapse or due. Click a bar or a count to show exactly those clients in the list.</source>
        <translation>Öffnet Kacheln und Diagramme, die Ihre Kunden zusammenfassen: wie viele in jedem Segment, Ihr NPS, wer eine Kontaktlücke hat oder fällig ist. Klicken Sie auf einen Balken oder eine Zahl, um genau diese Kunden in der Liste zu zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the follow-up report</source>
        <translation>Vorschau des Follow-up-Berichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the follow-up report: every client to contact, most urgent first, with why and what to do. Print it from there and tick the clients off by hand.</source>
        <translation>Zeigt den Follow-up-Bericht: jeden zu kontaktierenden Kunden, die dringendsten zuerst, mit Grund und nächstem Schritt. Drucken Sie ihn von dort aus und haken Sie die Kunden von Hand ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes back the last change: a move on the chart, an edit, an addition, a deletion, a logged interaction or a boundary change. The tooltip says what it takes back.</source>
        <translation>Nimmt die letzte Änderung zurück: eine Verschiebung im Diagramm, eine Bearbeitung, ein Hinzufügen, ein Löschen, eine erfasste Interaktion oder eine geänderte Grenze. Der Tooltip sagt, was zurückgenommen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does again what Undo took back.</source>
        <translation>Führt erneut aus, was „Rückgängig“ zurückgenommen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+11"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No database is open. Use File → Open Database… or File → New Database…</source>
        <translation>Es ist keine Datenbank geöffnet. Wählen Sie Datei → Datenbank öffnen… oder Datei → Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to %1 lost, retrying…</source>
        <translation>Verbindung zu %1 verloren, neuer Versuch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1, encrypted</source>
        <translation>Verbunden mit %1, verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The password could not be kept in the keyring (%1); Rapport will ask for it again.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); Rapport fragt erneut danach.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The latest automatic backup, from %1, is sound: %2</source>
        <translation>Die neueste automatische Sicherung vom %1 ist intakt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Latest Backup (%1)…</source>
        <translation>Neueste Sicherung wiederherstellen (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open or Create a Database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <location line="+455"/>
        <source>Rapport databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rapport-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-569"/>
        <source>Restore Latest Backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the backup from %1 in the place of %2?

Changes made after the backup was taken are not in it. The damaged file is not deleted: it is kept as %3.</source>
        <translation>Die Sicherung vom %1 an die Stelle von %2 setzen?

Änderungen nach dem Zeitpunkt der Sicherung sind darin nicht enthalten. Die beschädigte Datei wird nicht gelöscht: Sie bleibt als %3 erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored the backup from %1; the damaged file is kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt; die beschädigte Datei bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+530"/>
        <source>Rapport databases (*.sqlite *.db)</source>
        <translation>Rapport-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="-526"/>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei mit „Datenbank öffnen“.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Copied %1 and %2 to %3.</source>
        <translation>%1 und %2 nach %3 kopiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy to Server</source>
        <translation>Auf Server kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on the server from now on? %1 stays as it is; changes made there are not in the copy.</source>
        <translation>Ab jetzt auf dem Server arbeiten? %1 bleibt, wie es ist; Änderungen dort sind nicht in der Kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open on the Server</source>
        <translation>Auf dem Server öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Working Here</source>
        <translation>Hier weiterarbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete %1? Undo brings the client back.</source>
        <translation>%1 löschen? Mit „Rückgängig“ holen Sie den Kunden zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clients? Undo brings them back.</source>
        <translation>
            <numerusform>%n Kunden löschen? Mit „Rückgängig“ holen Sie ihn zurück.</numerusform>
            <numerusform>%n Kunden löschen? Mit „Rückgängig“ holen Sie sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Clients</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Client</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported everything about %1 to %2.</source>
        <translation>Alles über %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erase Personal Data</source>
        <translation>Persönliche Daten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the personal data of %1?

The name, company, emails, phones, tags and notes go, and so do the notes of every interaction. The scores, the interactions themselves and the history stay, so your counts stay right.

This cannot be undone. Undo history is cleared as well.</source>
        <translation>Die persönlichen Daten von %1 löschen?

Name, Firma, E-Mails, Telefonnummern, Schlagwörter und Notizen werden gelöscht, ebenso die Notizen jeder Interaktion. Die Bewertungen, die Interaktionen selbst und der Verlauf bleiben, damit Ihre Zahlen stimmen.

Das lässt sich nicht rückgängig machen. Auch der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erased the personal data of %1. The undo history was cleared.</source>
        <translation>Die persönlichen Daten von %1 wurden gelöscht. Der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many sample clients? They are added to this database; Undo removes them.</source>
        <translation>Wie viele Beispielkunden? Sie werden dieser Datenbank hinzugefügt; „Rückgängig“ entfernt sie wieder.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+6"/>
        <source>Follow-up Report</source>
        <translation>Follow-up-Bericht</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Print Follow-up Report</source>
        <translation>Follow-up-Bericht drucken</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow-up %1.pdf</source>
        <translation>Follow-up-Bericht %1.pdf</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Bericht (%n Seite) unter %1 gespeichert.</numerusform>
            <numerusform>Bericht (%n Seiten) unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Import Clients or Interactions</source>
        <translation>Kunden oder Interaktionen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts and clients (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCards (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte und Kunden (*.csv *.vcf *.vcard);;CSV-Dateien (*.csv);;vCards (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Which clients should the report cover?</source>
        <translation>Welche Kunden soll der Bericht umfassen?</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Export Clients</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/clients.csv</source>
        <translation>/kunden.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Export Clients as vCard</source>
        <translation>Kunden als vCard exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/clients.vcf</source>
        <translation>/kunden.vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCards (*.vcf)</source>
        <translation>vCards (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n client(s) as vCards to %1.</source>
        <translation>
            <numerusform>%n Kunde als vCard nach %1 exportiert.</numerusform>
            <numerusform>%n Kunden als vCards nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>follow-ups %1.ics</source>
        <translation>Nachfassen %1.ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Follow-ups as Calendar</source>
        <translation>Nachfassen als Kalender exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n follow-up(s) as calendar to-dos to %1.</source>
        <translation>
            <numerusform>%n Nachfassen als Kalenderaufgabe nach %1 exportiert.</numerusform>
            <numerusform>%n Nachfassen als Kalenderaufgaben nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Interactions</source>
        <translation>Interaktionen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/interactions.csv</source>
        <translation>/interaktionen.csv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported the interactions to %1.</source>
        <translation>Interaktionen nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back Up</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another file than the database itself for the backup.</source>
        <translation>Wählen Sie für die Sicherung eine andere Datei als die Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert unter %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all clients, interactions and settings with the backup %1?

What is there now is kept as %2. Undo cannot take a restore back.</source>
        <translation>Alle Kunden, Interaktionen und Einstellungen durch die Sicherung %1 ersetzen?

Der aktuelle Stand wird als %2 aufbewahrt. „Rückgängig“ kann eine Wiederherstellung nicht zurücknehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1; the previous data is kept as %2.</source>
        <translation>%1 wiederhergestellt; die bisherigen Daten liegen unter %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1

The step stays in the undo history; undo it again once you have looked at the change.</source>
        <translation>%1

Der Schritt bleibt im Verlauf; machen Sie ihn erneut rückgängig, wenn Sie sich die Änderung angesehen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Shows which clients need your attention first, and why: each client sits on a chart of satisfaction against likelihood to buy again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Zeigt, welche Kunden zuerst Ihre Aufmerksamkeit brauchen, und warum: Jeder Kunde steht in einem Diagramm aus Zufriedenheit und Wiederkaufbereitschaft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rapport: cannot write the screenshot to %1
</source>
        <translation>rapport: Bildschirmfoto kann nicht nach %1 geschrieben werden
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The password could not be kept in the keyring (%1).</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>Read Mail</source>
        <translation>E-Mails lesen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Reading mail…</source>
        <translation>E-Mails werden gelesen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1

What was read before is kept: %2.</source>
        <translation>%1

Was vorher gelesen wurde, bleibt erhalten: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the mail was cancelled: %1.</source>
        <translation>Das Lesen der E-Mails wurde abgebrochen: %1.</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <location filename="../ui/notesearchdialog.cpp" line="+27"/>
        <source>Search Notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words from a meeting note or call</source>
        <translation>Wörter aus einer Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The first %1 matches; add a word to narrow the search.</source>
        <translation>Die ersten %1 Treffer; fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es). Double-click one to open its client.</source>
        <translation>
            <numerusform>%n Treffer. Doppelklicken Sie darauf, um den Kunden zu öffnen.</numerusform>
            <numerusform>%n Treffer. Doppelklicken Sie auf einen, um den Kunden zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresqlCopyIn</name>
    <message>
        <location filename="../core/postgresqlcopyin.cpp" line="+28"/>
        <source>not a PostgreSQL connection</source>
        <translation>keine PostgreSQL-Verbindung</translation>
    </message>
</context>
<context>
    <name>QuadrantChartView</name>
    <message>
        <location filename="../ui/quadrantchartview.cpp" line="+72"/>
        <source>Client matrix</source>
        <translation>Kundenmatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each client is a dot: satisfaction from left to right, likelihood to repurchase from bottom to top. Drag a dot or use the arrow keys to move the selected client; hold Shift for bigger steps. Esc cancels a drag.</source>
        <translation>Jeder Kunde ist ein Punkt: Zufriedenheit von links nach rechts, Wiederkaufbereitschaft von unten nach oben. Ziehen Sie einen Punkt oder verschieben Sie den ausgewählten Kunden mit den Pfeiltasten; mit gedrückter Umschalttaste in größeren Schritten. Esc bricht das Ziehen ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client matrix: drag a dot to move a client, a line to move a boundary</source>
        <translation>Die Kundenmatrix: Ziehen Sie einen Punkt, um einen Kunden zu verschieben, eine Linie, um eine Grenze zu verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Each dot is a client: satisfaction from left to right, likelihood to buy again from bottom to top. The quarter a dot falls in is its segment: Loyalists top right, Mercenaries bottom right, Hostages top left, Defectors bottom left; the hatched corners hold the Apostles and the Terrorists.&lt;/p&gt;&lt;p&gt;Click a dot to select the client; drag it, or use the arrow keys, to where the client stands now (Esc cancels). Drag a boundary line or a corner to change where the segments begin; every dot and the list follow.&lt;/p&gt;&lt;p&gt;When there are too many clients for dots, coloured cells show how many sit where, with a red disc for those in lapse; narrow the list to see the dots again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Punkt ist ein Kunde: Zufriedenheit von links nach rechts, Wiederkaufbereitschaft von unten nach oben. Das Viertel, in dem ein Punkt liegt, ist sein Segment: Loyale oben rechts, Söldner unten rechts, Geiseln oben links, Abtrünnige unten links; in den schraffierten Ecken liegen die Apostel und die Terroristen.&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Punkt, um den Kunden auszuwählen; ziehen Sie ihn mit der Maus oder den Pfeiltasten dorthin, wo der Kunde jetzt steht (Esc bricht ab). Ziehen Sie eine Grenzlinie oder eine Ecke, um zu ändern, wo die Segmente beginnen; alle Punkte und die Liste passen sich an.&lt;/p&gt;&lt;p&gt;Sind es zu viele Kunden für Punkte, zeigen farbige Zellen, wie viele wo liegen, mit einer roten Scheibe für die Kunden mit Kontaktlücke; grenzen Sie die Liste ein, um wieder Punkte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likelihood to repurchase</source>
        <translation>Wiederkaufbereitschaft</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Apostles</source>
        <translation>Apostel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorists</source>
        <translation>Terroristen</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Satisfaction boundary %1</source>
        <translation>Grenze der Zufriedenheit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repurchase boundary %1</source>
        <translation>Grenze der Wiederkaufbereitschaft %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apostles: both scores %1 or more</source>
        <translation>Apostel: beide Werte %1 oder mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terrorists: both scores %1 or less</source>
        <translation>Terroristen: beide Werte %1 oder weniger</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Satisfaction %1 to %2, repurchase %3 to %4: %5</source>
        <translation>Zufriedenheit %1 bis %2, Wiederkauf %3 bis %4: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n in lapse (%1%)</source>
        <translation>
            <numerusform>%n mit Kontaktlücke (%1 %)</numerusform>
            <numerusform>%n mit Kontaktlücke (%1 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the list to see them as dots.</source>
        <translation>Grenzen Sie die Liste ein, um sie als Punkte zu sehen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Satisfaction %1, repurchase %2: %3</source>
        <translation>Zufriedenheit %1, Wiederkauf %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <location line="+40"/>
        <source>%n clients here</source>
        <translation>
            <numerusform>%n Kunde hier</numerusform>
            <numerusform>%n Kunden hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more; click again to pick the next</source>
        <translation>
            <numerusform>und %n weiterer; erneut klicken, um den nächsten zu wählen</numerusform>
            <numerusform>und %n weitere; erneut klicken, um den nächsten zu wählen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click again to pick the next one.</source>
        <translation>Erneut klicken, um den nächsten zu wählen.</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <location filename="../core/segment.cpp" line="+13"/>
        <source>Loyalist</source>
        <translation>Loyaler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercenary</source>
        <translation>Söldner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostage</source>
        <translation>Geisel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defector</source>
        <translation>Abtrünniger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loyalists</source>
        <translation>Loyale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercenaries</source>
        <translation>Söldner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostages</source>
        <translation>Geiseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defectors</source>
        <translation>Abtrünnige</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apostle</source>
        <translation>Apostel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terrorist</source>
        <translation>Terrorist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delighted and telling others about you. Thank them, ask for referrals or a review, and keep the standard they love.</source>
        <translation>Begeistert und empfiehlt Sie weiter. Bedanken Sie sich, bitten Sie um Empfehlungen oder eine Bewertung und halten Sie das Niveau, das der Kunde schätzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unhappy and likely to warn others off. Act this week: one frank conversation, then fix it or part on good terms.</source>
        <translation>Unzufrieden und warnt wahrscheinlich andere vor Ihnen. Handeln Sie diese Woche: ein offenes Gespräch, dann das Problem lösen oder sich im Guten trennen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy and coming back. Keep delivering, stay in touch, and give them reasons to recommend you.</source>
        <translation>Zufrieden und kommt wieder. Liefern Sie weiter gute Arbeit, bleiben Sie in Kontakt und geben Sie dem Kunden Gründe, Sie weiterzuempfehlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pleased with the work but may leave for a better price. Agree scope and boundaries in writing and watch for scope creep.</source>
        <translation>Zufrieden mit der Arbeit, wechselt aber vielleicht für einen besseren Preis. Vereinbaren Sie Umfang und Grenzen schriftlich und achten Sie darauf, dass der Auftrag nicht unbemerkt wächst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staying for now, but not happy. Ask plainly what must change and fix it: these are the quickest relationships to win back.</source>
        <translation>Bleibt vorerst, ist aber nicht zufrieden. Fragen Sie direkt, was sich ändern muss, und ändern Sie es: Diese Beziehungen lassen sich am schnellsten zurückgewinnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unhappy and unlikely to buy again. Decide soon: meet once to understand, and if nothing can help, end it politely.</source>
        <translation>Unzufrieden und kauft wahrscheinlich nicht wieder. Entscheiden Sie bald: ein Treffen, um zu verstehen, und wenn nichts hilft, beenden Sie die Beziehung höflich.</translation>
    </message>
    <message>
        <location filename="../core/segmentchange.cpp" line="+85"/>
        <source>improving</source>
        <translation>aufwärts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worsening</source>
        <translation>abwärts</translation>
    </message>
</context>
<context>
    <name>Rapport::ClientStore</name>
    <message>
        <location filename="../core/clientstore.cpp" line="+258"/>
        <source>read the clients</source>
        <translation>Lesen der Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+441"/>
        <source>The database holds a client Rapport cannot read (number %1).</source>
        <translation>Die Datenbank enthält einen Kunden, den Rapport nicht lesen kann (Nummer %1).</translation>
    </message>
    <message>
        <location line="-434"/>
        <location line="+1146"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>read the interactions</source>
        <translation>Lesen der Interaktionen</translation>
    </message>
    <message>
        <location line="-1349"/>
        <source>The database holds an interaction Rapport cannot read (number %1).</source>
        <translation>Die Datenbank enthält eine Interaktion, die Rapport nicht lesen kann (Nummer %1).</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>read the segment history</source>
        <translation>Lesen des Segmentverlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database holds a segment change Rapport cannot read (number %1).</source>
        <translation>Die Datenbank enthält einen Segmentwechsel, den Rapport nicht lesen kann (Nummer %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read the segmentation rules</source>
        <translation>Lesen der Segmentregeln</translation>
    </message>
    <message>
        <location line="+186"/>
        <location line="+1396"/>
        <source>Could not %1: no database is open.</source>
        <translation>%1 fehlgeschlagen: Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-1394"/>
        <source>Could not %1: %2 is read-only. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: %2 ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+99"/>
        <location line="+1236"/>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-1327"/>
        <source>A client needs a name or a company.</source>
        <translation>Ein Kunde braucht einen Namen oder eine Firma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction must be between 0 and 10.</source>
        <translation>Die Zufriedenheit muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood to repurchase must be between 0 and 10.</source>
        <translation>Die Wiederkaufbereitschaft muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact interval must be between 1 and %1 days.</source>
        <translation>Ein Kontaktintervall muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest gap between contacts cannot be shorter than the ideal one.</source>
        <translation>Der längste Abstand zwischen zwei Kontakten darf nicht kürzer sein als der ideale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NPS answer must be between 0 and 10.</source>
        <translation>Die NPS-Antwort muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each dimension is rated from 1 to 5.</source>
        <translation>Jede Dimension wird von 1 bis 5 bewertet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The degree of a client is 1, 2 or 3.</source>
        <translation>Der Grad eines Kunden ist 1, 2 oder 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases a year cannot be negative.</source>
        <translation>Käufe pro Jahr können nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the segment boundaries</source>
        <translation>Ändern der Segmentgrenzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change the contact intervals</source>
        <translation>Ändern der Kontaktintervalle</translation>
    </message>
    <message>
        <location line="+353"/>
        <location line="+383"/>
        <location line="+534"/>
        <location line="+68"/>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-1273"/>
        <source>Could not %1: a client with the same id already exists. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Ein Kunde mit derselben ID existiert bereits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Could not %1: %2 is still being opened. Nothing was changed; try again in a moment.</source>
        <translation>%1 fehlgeschlagen: %2 wird noch geöffnet. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the connection to %2 was lost, and Rapport is connecting again. Nothing was changed; try again in a moment.</source>
        <translation>%1 war nicht möglich: Die Verbindung zu %2 ist verloren, und Rapport verbindet sich neu. Nichts wurde geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Could not %1: an interaction has no date. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Eine Interaktion hat kein Datum. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Someone else</source>
        <translation>Jemand anders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: %2 changed this client at %3, after your change began. Nothing was overwritten.</source>
        <translation>%1 war nicht möglich: %2 hat diesen Kunden um %3 geändert, nachdem Ihre Änderung begonnen hatte. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: someone else deleted this client. Nothing was saved.</source>
        <translation>%1 war nicht möglich: Jemand anders hat diesen Kunden gelöscht. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Could not read the latest changes of client %1.</source>
        <translation>Die neuesten Änderungen an Kunde %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>add the client</source>
        <translation>Hinzufügen des Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>add %n clients</source>
        <translation>
            <numerusform>Hinzufügen von %n Kunden</numerusform>
            <numerusform>Hinzufügen von %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+265"/>
        <location line="+256"/>
        <source>Could not %1: the client no longer exists.</source>
        <translation>%1 fehlgeschlagen: Den Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>save %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not move the client: it no longer exists.</source>
        <translation>Der Kunde konnte nicht verschoben werden: Es gibt ihn nicht mehr.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>undo the change to %1</source>
        <translation>Rückgängigmachen der Änderung an %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>acknowledge the alert</source>
        <translation>Bestätigen des Hinweises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore the alert</source>
        <translation>Wiederherstellen des Hinweises</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not %1: the change no longer exists.</source>
        <translation>%1 fehlgeschlagen: Die Änderung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not %1: a client no longer exists.</source>
        <translation>%1 fehlgeschlagen: Einen der Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the client</source>
        <translation>Löschen des Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>delete %n clients</source>
        <translation>
            <numerusform>Löschen von %n Kunden</numerusform>
            <numerusform>Löschen von %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Erased client %1</source>
        <translation>Gelöschter Kunde %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>erase the personal data</source>
        <translation>Löschen der persönlichen Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erase the personal data of %1</source>
        <translation>Löschen der persönlichen Daten von %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>import the clients</source>
        <translation>Importieren der Kunden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>undo the import</source>
        <translation>Rückgängigmachen des Imports</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>count the interactions</source>
        <translation>die Interaktionen zählen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>log the interaction</source>
        <translation>Erfassen der Interaktion</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Could not %1: it needs a date and time.</source>
        <translation>%1 fehlgeschlagen: Datum und Uhrzeit fehlen.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Could not %1: it is already stored.</source>
        <translation>%1 fehlgeschlagen: Die Interaktion ist bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>save the interaction</source>
        <translation>Speichern der Interaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Could not %1: it no longer exists.</source>
        <translation>%1 fehlgeschlagen: Die Interaktion gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Could not %1: someone else changed it after you began. Nothing was overwritten.</source>
        <translation>%1 war nicht möglich: Jemand anders hat ihn geändert, nachdem Sie begonnen hatten. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the interaction</source>
        <translation>Löschen der Interaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delete the interactions</source>
        <translation>Löschen der Interaktionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not %1: one of them no longer exists.</source>
        <translation>%1 fehlgeschlagen: Eine davon gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>log the emails</source>
        <translation>Eintragen der E-Mails</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Could not %1: a client no longer exists. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Ein Kunde existiert nicht mehr. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not %1: an email has no date. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Eine E-Mail hat kein Datum. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>undo the reading of the mail</source>
        <translation>Rückgängigmachen des E-Mail-Lesens</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>search the notes</source>
        <translation>Durchsuchen der Notizen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not back up to %1: %2</source>
        <translation>Sicherung nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s automatic backup could not be written to %1: %2. The database is open as usual; use File → Back Up… to keep a copy elsewhere.</source>
        <translation>Die heutige automatische Sicherung konnte nicht nach %1 geschrieben werden: %2. Die Datenbank ist wie gewohnt geöffnet; mit Datei → Sicherung erstellen… können Sie eine Kopie an anderer Stelle ablegen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>restore %1</source>
        <translation>Wiederherstellen von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not %1: the file cannot be read.</source>
        <translation>%1 fehlgeschlagen: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not %1: the copy of the current data could not be written (%2). Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Die Kopie der aktuellen Daten konnte nicht geschrieben werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not %1: it cannot be copied next to the database. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Die Datei kann nicht neben die Datenbank kopiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not %1: the database file could not be replaced. Your data was kept.</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei konnte nicht ersetzt werden. Ihre Daten sind erhalten geblieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>save the setting</source>
        <translation>Speichern der Einstellung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>copy to %1</source>
        <translation>Kopieren nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1: the file exists already. Choose a new file name.</source>
        <translation>%1 fehlgeschlagen: Die Datei existiert bereits. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: %2. Nothing was copied.</source>
        <translation>%1 fehlgeschlagen: %2. Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>Rapport::MailReading</name>
    <message>
        <location filename="../core/mailreading.cpp" line="+54"/>
        <source>The reading of the mail stopped because another database was opened.</source>
        <translation>Das Lesen der E-Mails wurde beendet, weil eine andere Datenbank geöffnet wurde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rapport is reading mail already.</source>
        <translation>Rapport liest bereits E-Mails.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rapport does not know which email addresses are yours, so it cannot tell the mail you sent from the mail you received: give them in Read Mail (or with --own-address).</source>
        <translation>Rapport weiß nicht, welche E-Mail-Adressen Ihre sind, und kann daher gesendete nicht von empfangenen E-Mails unterscheiden: Geben Sie sie unter „E-Mails lesen“ an (oder mit --own-address).</translation>
    </message>
</context>
<context>
    <name>ReadMailDialog</name>
    <message>
        <location filename="../ui/readmaildialog.cpp" line="+60"/>
        <source>Remember the password in this computer&apos;s &amp;keyring</source>
        <translation>Passwort im Sc&amp;hlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only mail &amp;since:</source>
        <translation>Nur E-Mails &amp;seit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read Mail</source>
        <translation>E-Mails lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rapport reads who wrote to whom and when, and the subject, never the text of a message, and logs every email to or from a client&apos;s address as an interaction. Reading again adds only what is new; nothing in the mailbox changes or is marked as read.</source>
        <translation>Rapport liest, wer wem wann schrieb, und den Betreff, nie den Text einer Nachricht, und trägt jede E-Mail an oder von der Adresse eines Kunden als Interaktion ein. Erneutes Lesen fügt nur Neues hinzu; im Postfach ändert sich nichts, und nichts wird als gelesen markiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A &amp;Thunderbird profile on this computer</source>
        <translation>Ein &amp;Thunderbird-Profil auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;folder of messages (Maildir, or .eml files)</source>
        <translation>Ein &amp;Ordner mit Nachrichten (Maildir oder .eml-Dateien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;mbox file</source>
        <translation>Eine &amp;mbox-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;IMAP account</source>
        <translation>Ein &amp;IMAP-Konto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other…</source>
        <translation>Anderes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird keeps each profile&apos;s mail in a folder under ~/.thunderbird. Its local folders and the copies of its IMAP accounts are read.</source>
        <translation>Thunderbird legt die E-Mails jedes Profils in einem Ordner unter ~/.thunderbird ab. Gelesen werden seine lokalen Ordner und die Kopien seiner IMAP-Konten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A Maildir (with cur and new inside), or a folder of .eml files saved from any mail program.</source>
        <translation>Ein Maildir (mit cur und new darin) oder ein Ordner mit .eml-Dateien, gespeichert aus einem beliebigen Mailprogramm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older:</source>
        <translation>Ordne&amp;r:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One file holding many messages, as Thunderbird, Evolution and mail servers keep them.</source>
        <translation>Eine Datei mit vielen Nachrichten, wie Thunderbird, Evolution und Mailserver sie ablegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the connection is encrypted. Both check the server&apos;s certificate.</source>
        <translation>Wie die Verbindung verschlüsselt wird. Beide prüfen das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often your whole email address.</source>
        <translation>Meist Ihre vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the keyring</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the password in the desktop&apos;s keyring (GNOME Keyring, KWallet), never in Rapport&apos;s settings.</source>
        <translation>Bewahrt das Passwort im Schlüsselbund des Desktops auf (GNOME Keyring, KWallet), nie in Rapports Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder on the server to read, such as INBOX or Sent.</source>
        <translation>Der Ordner auf dem Server, der gelesen wird, etwa INBOX oder Sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail&amp;box:</source>
        <translation>Post&amp;fach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a server with a certificate of its own</source>
        <translation>nur für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server whose certificate no authority signed (self-signed) is refused unless you choose its certificate here (a .pem or .crt file from its administrator).</source>
        <translation>Ein Server, dessen Zertifikat keine Stelle signiert hat (selbst signiert), wird abgelehnt, wenn Sie sein Zertifikat nicht hier auswählen (eine .pem- oder .crt-Datei von seinem Administrator).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted Certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you@example.com, office@example.com</source>
        <translation>sie@example.com, buero@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail from these addresses is yours (outbound); mail from a client&apos;s address is theirs (inbound). Found from the account where it says them.</source>
        <translation>E-Mails von diesen Adressen sind Ihre (ausgehend); E-Mails von der Adresse eines Kunden sind seine (eingehend). Sie werden aus dem Konto übernommen, wo es sie nennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your &amp;addresses:</source>
        <translation>Ihre &amp;Adressen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Thunderbird Profile</source>
        <translation>Thunderbird-Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of Messages</source>
        <translation>Ordner mit Nachrichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mbox File</source>
        <translation>mbox-Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an email address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <location filename="../ui/relationshippanel.cpp" line="+52"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their answer to &quot;How likely are you to recommend us?&quot;, 0 to 10.</source>
        <translation>Die Antwort auf „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“, von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the client stands on the loyalty ladder</source>
        <translation>Wo der Kunde auf der Loyalitätsleiter steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s rung on the loyalty ladder, from Terrorist to Advocate. Rapport suggests a rung from the data below the field; your choice always wins.</source>
        <translation>Die Stufe des Kunden auf der Loyalitätsleiter, von „Terrorist“ bis „Fürsprecher“. Rapport schlägt unter dem Feld eine Stufe aus den Daten vor; Ihre Wahl hat immer Vorrang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the relationship has come</source>
        <translation>Wie weit die Beziehung gediehen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage of the relationship, from Courting (still winning them over) to Convergence (your business is part of the client&apos;s own plans). The further along, the less likely the client is to leave.</source>
        <translation>Die Phase der Beziehung, von „Kennenlernen“ (Sie werben noch um den Kunden) bis „Partnerschaft“ (Ihr Geschäft ist Teil der eigenen Pläne des Kunden). Je weiter die Beziehung ist, desto unwahrscheinlicher geht der Kunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree of client: 1 to 3</source>
        <translation>Kundengrad: 1 bis 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the work is shaped: first degree, you deliver what they need; second, what they want with your advice; third, exactly what they ask and they blame you for the results. The report suggests parting ways with third-degree clients.</source>
        <translation>Wie die Zusammenarbeit aussieht: beim ersten Grad liefern Sie, was der Kunde braucht; beim zweiten, was er will, mit Ihrer Beratung; beim dritten genau das, was er verlangt, und er gibt Ihnen die Schuld am Ergebnis. Der Bericht schlägt vor, sich von Kunden dritten Grades zu trennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s answer to the question of how likely they are to recommend you, 0 to 10: 9 and 10 are promoters, 0 to 6 detractors. The dashboard works out your NPS from these.</source>
        <translation>Die Antwort des Kunden auf die Frage, wie wahrscheinlich er Sie weiterempfiehlt, von 0 bis 10: 9 und 10 sind Promotoren, 0 bis 6 Kritiker. Die Übersicht berechnet daraus Ihren NPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the client gave that answer</source>
        <translation>Wann der Kunde diese Antwort gegeben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the NPS answer, so that you can tell an old answer from a fresh one. Today is filled in when you enter an answer without a date.</source>
        <translation>Der Tag der NPS-Antwort, damit Sie eine alte von einer frischen Antwort unterscheiden können. Geben Sie eine Antwort ohne Datum ein, wird das heutige eingetragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times a year the client buys</source>
        <translation>Wie oft im Jahr der Kunde kauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the client buys from you in a year. Frequent buyers count towards a higher rung of the loyalty ladder.</source>
        <translation>Wie oft der Kunde im Jahr bei Ihnen kauft. Wer häufig kauft, rückt auf der Loyalitätsleiter eher eine Stufe höher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a Hostage stays (only for Hostages)</source>
        <translation>Warum eine Geisel bleibt (nur für Geiseln)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a Hostage, what keeps them with you although they are not happy: a contract, the cost of switching, no alternative, or habit. Enabled only while the client is a Hostage.</source>
        <translation>Was eine Geisel bei Ihnen hält, obwohl sie nicht zufrieden ist: ein Vertrag, die Wechselkosten, keine Alternative oder Gewohnheit. Nur verfügbar, solange der Kunde eine Geisel ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When that reason ends</source>
        <translation>Wann dieser Grund endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the reason ends, for example when the contract runs out. From 60 days before, the report lists the client, and a reminder comes 14 days before.</source>
        <translation>Der Tag, an dem der Grund endet, etwa wenn der Vertrag ausläuft. Ab 60 Tagen vorher führt der Bericht den Kunden auf, und 14 Tage vorher kommt eine Erinnerung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ladder &amp;rung:</source>
        <translation>&amp;Loyalitätsstufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stage:</source>
        <translation>Pha&amp;se:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;gree:</source>
        <translation>G&amp;rad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NPS answer:</source>
        <translation>&amp;NPS-Antwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purchases a year:</source>
        <translation>&amp;Käufe pro Jahr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why they s&amp;tay:</source>
        <translation>&amp;Warum er bleibt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: 1 to 5</source>
        <translation>%1: 1 bis 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the client rates you on %1, from 1 (poorly) to 5 (very well); – means not rated. The weakest rating is where to act first.</source>
        <translation>Wie der Kunde Sie bei „%1“ bewertet, von 1 (schlecht) bis 5 (sehr gut); – heißt: nicht bewertet. Bei der schwächsten Bewertung sollten Sie zuerst ansetzen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Trusted-advisor dimensions</source>
        <translation>Dimensionen der Vertrauensbeziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The six ratings as a radar</source>
        <translation>Die sechs Bewertungen als Netzdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The six ratings drawn as a radar: the further out a spoke reaches, the better the client rates you on it. A dent shows where to act first; the advice below names it.</source>
        <translation>Die sechs Bewertungen als Netzdiagramm: Je weiter eine Achse nach außen reicht, desto besser bewertet Sie der Kunde darin. Eine Delle zeigt, wo Sie zuerst ansetzen sollten; der Rat darunter nennt sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the client rates you, 1 to 5:</source>
        <translation>Wie der Kunde Sie bewertet, 1 bis 5:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No suggestion from the data yet.</source>
        <translation>Noch kein Vorschlag aus den Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data suggests: %1.</source>
        <translation>Die Daten legen nahe: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice, and what the data suggests.</source>
        <translation>Ihre Wahl, und was die Daten nahelegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice; the data suggests %1.</source>
        <translation>Ihre Wahl; die Daten sprechen für: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weakest: %1. %2</source>
        <translation>Schwächste Dimension: %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the six dimensions to see where to act first.</source>
        <translation>Bewerten Sie die sechs Dimensionen, um zu sehen, wo Sie zuerst ansetzen sollten.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../ui/remindernotifier.cpp" line="+90"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message numerus="yes">
        <location filename="../core/reminderplanner.cpp" line="+27"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due for contact</source>
        <translation>Kontakt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due for a first contact</source>
        <translation>erster Kontakt fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no answer to %n attempt(s)</source>
        <translation>
            <numerusform>keine Antwort auf %n Versuch</numerusform>
            <numerusform>keine Antwort auf %n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>unusually silent for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag ungewöhnlich still</numerusform>
            <numerusform>seit %n Tagen ungewöhnlich still</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>moved %1 → %2</source>
        <translation>von %1 → %2 gewechselt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free to leave today</source>
        <translation>kann heute gehen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>free to leave in %n day(s)</source>
        <translation>
            <numerusform>kann in %n Tag gehen</numerusform>
            <numerusform>kann in %n Tagen gehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n client(s) to contact today</source>
        <translation>
            <numerusform>%n Kunde heute zu kontaktieren</numerusform>
            <numerusform>%n Kunden heute zu kontaktieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>a reminder&apos;s line: the client&apos;s name (why)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="+20"/>
        <source>A client whose score equals a boundary counts as high. You can also drag the boundary lines and corners on the chart.</source>
        <translation>Ein Kunde, dessen Wert genau auf einer Grenze liegt, zählt als hoch. Sie können die Grenzlinien und Ecken auch im Diagramm ziehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Satisfied from:</source>
        <translation>&amp;Zufrieden ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Likely to repurchase from:</source>
        <translation>&amp;Wiederkauf wahrscheinlich ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apostle when both are at least:</source>
        <translation>&amp;Apostel, wenn beide mindestens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terrorist when both are at most:</source>
        <translation>&amp;Terrorist, wenn beide höchstens:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SegmentationRules</name>
    <message>
        <location filename="../core/segmentationrules.cpp" line="+41"/>
        <source>The satisfaction boundary must lie between 0 and 10.</source>
        <translation>Die Grenze für die Zufriedenheit muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The likelihood-to-repurchase boundary must lie between 0 and 10.</source>
        <translation>Die Grenze für die Wiederkaufbereitschaft muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Apostle corner must lie between 0 and 10.</source>
        <translation>Die Apostel-Ecke muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Terrorist corner must lie between 0 and 10.</source>
        <translation>Die Terroristen-Ecke muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Apostle corner must start at or above both boundaries (%1), inside the Loyalist quadrant.</source>
        <translation>Die Apostel-Ecke muss auf oder über beiden Grenzen (%1) beginnen, also im Quadranten der Loyalen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Terrorist corner must end below both boundaries (%1), inside the Defector quadrant.</source>
        <translation>Die Terroristen-Ecke muss unter beiden Grenzen (%1) enden, also im Quadranten der Abtrünnigen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+110"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Segment Boundaries</source>
        <translation>Segmentgrenzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact Intervals</source>
        <translation>Kontaktintervalle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The name of your business is printed at the top of the follow-up report.</source>
        <translation>Der Name Ihres Unternehmens steht oben auf dem Nachfassbericht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Business name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to others with each change you make: a client you moved, an interaction you logged.</source>
        <translation>Wird anderen bei jeder Ihrer Änderungen gezeigt: ein Kunde, den Sie verschoben, ein Kontakt, den Sie eingetragen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left empty, they see %1.</source>
        <translation>Leer gelassen, sehen sie %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Follow the system to look like the rest of your desktop, dark when its theme is dark. The segment colours stay readable in both light and dark.</source>
        <translation>„Dem System folgen“ sieht aus wie der Rest Ihres Desktops, dunkel bei dunklem Design. Die Segmentfarben bleiben hell wie dunkel lesbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rapport can keep a calendar file of your follow-ups up to date: one to-do per client to contact, in the order of the report, with a reminder on the day. Subscribe to the file in Thunderbird, Evolution or GNOME Calendar. The setting is kept in this database.</source>
        <translation>Rapport kann eine Kalenderdatei Ihrer Nachfassaufgaben aktuell halten: eine Aufgabe je zu kontaktierendem Kunden, in der Reihenfolge des Berichts, mit einer Erinnerung am Tag. Abonnieren Sie die Datei in Thunderbird, Evolution oder GNOME Kalender. Die Einstellung wird in dieser Datenbank gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep a calendar file up to date:</source>
        <translation>Kalenderdatei aktuell &amp;halten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-ups.ics</source>
        <translation>nachfassen.ics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar File</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file to keep up to date.</source>
        <translation>Wählen Sie die Datei, die aktuell gehalten werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole path of the file, for example %1.</source>
        <translation>Geben Sie den vollständigen Pfad der Datei an, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When clients are due for contact, move for the worse, or a Hostage is soon free to leave, a desktop notification names them, once a day each unless something new happens. At login, Rapport can tell you even when you do not open it.</source>
        <translation>Wenn Kunden fällig sind, sich verschlechtern oder eine Geisel bald gehen kann, nennt eine Desktop-Benachrichtigung sie, einmal am Tag je Kunde, außer es passiert etwas Neues. Bei der Anmeldung kann Rapport Sie erinnern, auch wenn Sie es nicht öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show reminders for due clients</source>
        <translation>Erinnerungen für fällige Kunden &amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remind me at login</source>
        <translation>Bei der &amp;Anmeldung erinnern</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change Settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>SqliteInsert</name>
    <message>
        <location filename="../core/sqliteinsert.cpp" line="+16"/>
        <source>Not an SQLite connection.</source>
        <translation>Keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unable to prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A row has %1 values for %2 columns.</source>
        <translation>Eine Zeile hat %1 Werte für %2 Spalten.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unable to bind parameters</source>
        <translation>Die Parameter können nicht gebunden werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to write the row</source>
        <translation>Die Zeile kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../core/vcard.cpp" line="+225"/>
        <source>line %1: a vCard line needs a name and a value separated by &quot;:&quot;</source>
        <translation>Zeile %1: eine vCard-Zeile braucht einen Namen und einen Wert, getrennt durch „:“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1: a new vCard begins before the previous one ended</source>
        <translation>Zeile %1: eine neue vCard beginnt, bevor die vorherige zu Ende ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: END:VCARD without BEGIN:VCARD</source>
        <translation>Zeile %1: END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>line %1: the vCard that begins here never ends (END:VCARD is missing)</source>
        <translation>Zeile %1: die hier beginnende vCard endet nie (END:VCARD fehlt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line 1: no vCard found (BEGIN:VCARD is missing)</source>
        <translation>Zeile 1: keine vCard gefunden (BEGIN:VCARD fehlt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+62"/>
        <source>The latest sound backup is %1.</source>
        <translation>Die neueste intakte Sicherung ist %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>--scale needs 0-10, 1-5, 1-7 or 1-10, not &quot;%1&quot;</source>
        <translation>--scale braucht 0-10, 1-5, 1-7 oder 1-10, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--duplicates needs skip, update or keep, not &quot;%1&quot;</source>
        <translation>--duplicates braucht skip, update oder keep, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; nothing was imported</source>
        <translation>; es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 line %2: %3 (%4 bad rows; nothing was imported)</source>
        <translation>%1 Zeile %2: %3 (%4 fehlerhafte Zeilen; es wurde nichts importiert)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (the bad rows were to be skipped there); nothing was imported</source>
        <translation>%1 (dorthin sollten die fehlerhaften Zeilen); es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rows skipped: %1, written with their line and reason to %2.</source>
        <translation>Übersprungene fehlerhafte Zeilen: %1, mit Zeile und Grund geschrieben nach %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 interactions from %2.</source>
        <translation>%1 Kontakte aus %2 importiert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Without a name in the file, named after their email or phone: %1.</source>
        <translation>Ohne Namen in der Datei, nach E-Mail oder Telefon benannt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 new clients and updated %2 from %3 (%4 already stored).</source>
        <translation>%1 neue Kunden importiert und %2 aktualisiert aus %3 (%4 bereits gespeichert).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no database at %1</source>
        <translation>unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the interactions are exported as CSV, not as vCard: name the file .csv</source>
        <translation>Interaktionen werden als CSV exportiert, nicht als vCard: Geben Sie der Datei die Endung .csv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote %1 follow-ups as calendar to-dos to %2.</source>
        <translation>%1 Nachfassaufgaben als Kalenderaufgaben nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients to contact today.</source>
        <translation>Heute sind keine Kunden zu kontaktieren.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Rapport shows which clients need your attention first, and why.</source>
        <translation>Rapport zeigt, welche Kunden zuerst Ihre Aufmerksamkeit brauchen, und warum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Add N sample clients to the database and exit.</source>
        <translation>N Beispielkunden zur Datenbank hinzufügen und beenden.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>--copy-to needs a new file or the address of an empty server database</source>
        <translation>--copy-to braucht eine neue Datei oder die Adresse einer leeren Datenbank auf einem Server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1, %2 to %3.</source>
        <translation>%1, %2 nach %3 kopiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--client needs the number of a client, not &quot;%1&quot;</source>
        <translation>--client braucht die Nummer eines Kunden, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no client %1 in %2</source>
        <translation>in %2 gibt es keinen Kunden %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported everything about %1 to %2.</source>
        <translation>Alles über %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--read-mail needs a mail file or folder, or an imaps:// address</source>
        <translation>--read-mail braucht eine Maildatei, einen Mailordner oder eine imaps://-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no mail at %1</source>
        <translation>unter %1 gibt es keine E-Mails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no password for %1: set RAPPORT_MAIL_PASSWORD, or keep it in the keyring with File → Read Mail…</source>
        <translation>kein Passwort für %1: Setzen Sie RAPPORT_MAIL_PASSWORD, oder speichern Sie es über Datei → E-Mails lesen… im Schlüsselbund</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln left out (unreadable)</source>
        <translation>
            <numerusform>%Ln ausgelassen (unlesbar)</numerusform>
            <numerusform>%Ln ausgelassen (unlesbar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open the database FILE (created if missing), or the database on a PostgreSQL server at the address URI: postgresql://USER@HOST:PORT/NAME or &quot;host=HOST dbname=NAME user=USER&quot;. The password comes from ~/.pgpass, PGPASSWORD or the address.</source>
        <translation>Die Datenbank DATEI öffnen (wird angelegt, wenn sie fehlt), oder die Datenbank auf einem PostgreSQL-Server unter der Adresse URI: postgresql://BENUTZER@HOST:PORT/NAME oder &quot;host=HOST dbname=NAME user=BENUTZER&quot;. Das Passwort kommt aus ~/.pgpass, PGPASSWORD oder der Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE|URI</source>
        <translation>DATEI|URI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed for --generate-sample (default 1): the same seed gives the same clients.</source>
        <translation>Startwert für --generate-sample (Vorgabe 1): Derselbe Startwert ergibt dieselben Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the window, save a picture of it to FILE (PNG) and exit.</source>
        <translation>Das Fenster öffnen, ein Bild davon in DATEI (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the follow-up report of the database to OUT.pdf and exit.</source>
        <translation>Den Follow-up-Bericht der Datenbank nach ZIEL.pdf schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.pdf</source>
        <translation>ZIEL.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --report: only the clients whose account owner is NAME (any case). A NAME no client has is refused, with the owners there are.</source>
        <translation>Mit --report: nur die Kunden, deren Kundenbetreuung NAME ist (Groß- und Kleinschreibung egal). Ein NAME, den kein Kunde hat, wird abgelehnt, mit den vorhandenen Betreuern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the follow-ups of the database as calendar to-dos (iCalendar) to OUT.ics and exit.</source>
        <translation>Die Nachfassaufgaben der Datenbank als Kalenderaufgaben (iCalendar) nach OUT.ics schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.ics</source>
        <translation>OUT.ics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the report or the calendar is for (YYYY-MM-DD; default today).</source>
        <translation>Der Tag, für den der Bericht oder der Kalender gilt (JJJJ-MM-TT; Standard: heute).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Import clients or interactions from a CSV or vCard FILE and exit. Nothing is written if any row is bad, unless --skip-bad-rows is given.</source>
        <translation>Kunden oder Interaktionen aus der CSV- oder vCard-Datei FILE importieren und beenden. Ist eine Zeile fehlerhaft, wird nichts geschrieben, außer mit --skip-bad-rows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scale of the scores in an imported file: 0-10 (default), 1-5, 1-7 or 1-10.</source>
        <translation>Die Skala der Werte in einer importierten Datei: 0-10 (Vorgabe), 1-5, 1-7 oder 1-10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCALE</source>
        <translation>SKALA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with imported clients that are already stored (same email, or same name and company): skip (default), update or keep.</source>
        <translation>Was mit importierten Kunden geschieht, die bereits gespeichert sind (gleiche E-Mail oder gleicher Name und gleiche Firma): skip (Vorgabe), update oder keep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHAT</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --import: import the good rows and write the bad ones, with their line and reason, to FILE.skipped.csv beside the imported file.</source>
        <translation>Mit --import: die guten Zeilen importieren und die fehlerhaften mit Zeile und Grund in FILE.skipped.csv neben die importierte Datei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the clients (or, with --interactions, the interactions) to a CSV FILE and exit; a FILE ending in .vcf gets the clients as vCards for an address book.</source>
        <translation>Die Kunden (oder mit --interactions die Interaktionen) in eine CSV-Datei DATEI exportieren und beenden; endet DATEI auf .vcf, erhält sie die Kunden als vCards für ein Adressbuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export: export the interactions instead of the clients.</source>
        <translation>Mit --export: die Interaktionen statt der Kunden exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: export everything stored about the client ID (fields, interactions, moves) as one JSON FILE, for a client who asks for their data.</source>
        <translation>Mit --export: alles über den Kunden ID (Felder, Interaktionen, Verschiebungen) als eine JSON-Datei FILE exportieren, für einen Kunden, der nach seinen Daten fragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a desktop notification naming the clients to contact today (once a day each, unless something new happens) without opening a window, and wait for Open or Tomorrow; without a notification service, print them and exit. --as-of sets the day.</source>
        <translation>Eine Desktop-Benachrichtigung mit den heute zu kontaktierenden Kunden zeigen (einmal am Tag je Kunde, außer es passiert etwas Neues), ohne ein Fenster zu öffnen, und auf Öffnen oder Morgen warten; ohne Benachrichtigungsdienst die Kunden ausgeben und beenden. --as-of legt den Tag fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy every client, interaction, move and setting of the database into TARGET and exit: a new file, or an empty database on a server (an address as for --database). The database itself is left as it is.</source>
        <translation>Alle Kunden, Interaktionen, Verschiebungen und Einstellungen der Datenbank nach ZIEL kopieren und beenden: eine neue Datei oder eine leere Datenbank auf einem Server (eine Adresse wie bei --database). Die Datenbank selbst bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the emails exchanged with clients as interactions and exit: PLACE is an mbox file, a Maildir or a folder of .eml files, a Thunderbird profile, or imaps://USER@HOST/INBOX (the password comes from RAPPORT_MAIL_PASSWORD or the keyring). Reading again adds only what is new.</source>
        <translation>Die mit Kunden gewechselten E-Mails als Interaktionen eintragen und beenden: ORT ist eine mbox-Datei, ein Maildir oder ein Ordner mit .eml-Dateien, ein Thunderbird-Profil oder imaps://BENUTZER@SERVER/INBOX (das Passwort kommt aus RAPPORT_MAIL_PASSWORD oder dem Schlüsselbund). Erneutes Lesen fügt nur Neues hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PLACE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --read-mail: leave out mail older than DATE (YYYY-MM-DD).</source>
        <translation>Mit --read-mail: E-Mails vor DATUM (JJJJ-MM-TT) auslassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --read-mail: your own email ADDRESS, kept for the next readings (repeat it, or separate addresses with commas).</source>
        <translation>Mit --read-mail: Ihre eigene E-Mail-ADRESSE, für die nächsten Lesevorgänge gespeichert (wiederholen oder mehrere durch Kommas trennen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --read-mail from a server whose certificate is its own (self-signed): trust the certificate in FILE (PEM) as well as those the system trusts.</source>
        <translation>Mit --read-mail von einem Server mit eigenem (selbst signiertem) Zertifikat: dem Zertifikat in DATEI (PEM) zusätzlich zu denen des Systems vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the window with the client ID selected.</source>
        <translation>Das Fenster mit dem Kunden ID ausgewählt öffnen.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language CODE (for example de, fr or en) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (zum Beispiel de, fr oder en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a window of its own even when Rapport is already running, instead of bringing that one forward.</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Rapport schon läuft, statt jenes nach vorn zu holen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or vCard files to import, each through the import wizard in the window. When Rapport is already running, its window imports them.</source>
        <translation>CSV- oder vCard-Dateien zum Importieren, jede über den Import-Assistenten im Fenster. Läuft Rapport schon, importiert dessen Fenster sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (see rapport --help)</source>
        <translation> (siehe rapport --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--owner goes with --report OUT.pdf</source>
        <translation>--owner gehört zu --report AUSGABE.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--client goes with --export FILE, without --interactions</source>
        <translation>--client gehört zu --export FILE, ohne --interactions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &quot;%1&quot; (see rapport --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe rapport --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lang needs a language code such as de, fr or en, not &quot;%1&quot;</source>
        <translation>--lang erwartet einen Sprachcode wie de, fr oder en, nicht „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+47"/>
        <location line="+31"/>
        <source>--as-of needs a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of erwartet ein Datum im Format YYYY-MM-DD, nicht „%1“</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>--report needs the path of the PDF to write</source>
        <translation>--report erwartet den Pfad der zu schreibenden PDF-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>there is no database at %1; choose one with --database</source>
        <translation>unter %1 gibt es keine Datenbank; wählen Sie eine mit --database</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>--owner needs the name of an account owner</source>
        <translation>--owner braucht den Namen einer Kundenbetreuung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no client has &quot;%1&quot; as account owner; no client has an owner yet</source>
        <translation>kein Kunde hat „%1“ als Kundenbetreuung; noch kein Kunde hat eine Betreuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no client has &quot;%1&quot; as account owner; the owners are: %2</source>
        <translation>kein Kunde hat „%1“ als Kundenbetreuung; die Betreuungen sind: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote the follow-up report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Follow-up-Bericht (%n Seite) nach %1 geschrieben.</numerusform>
            <numerusform>Follow-up-Bericht (%n Seiten) nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--calendar needs the path of the .ics file to write</source>
        <translation>--calendar braucht den Pfad der zu schreibenden .ics-Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--since needs a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--since braucht ein Datum der Form JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--generate-sample needs a number of clients from 1 to 1000000, not &quot;%1&quot;</source>
        <translation>--generate-sample erwartet eine Kundenzahl von 1 bis 1000000, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 4294967295, nicht „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added %1 sample clients to %2.</source>
        <translation>%1 Beispielkunden zu %2 hinzugefügt.</translation>
    </message>
</context>
</TS>
