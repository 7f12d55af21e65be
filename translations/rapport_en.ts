<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientCommands</name>
    <message numerus="yes">
        <source>Add %n Clients</source>
        <translation>
            <numerusform>Add %n Client</numerusform>
            <numerusform>Add %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Clients</source>
        <translation>
            <numerusform>Delete %n Client</numerusform>
            <numerusform>Delete %n Clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDetailPanel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s): get in touch now.</source>
        <translation>
            <numerusform>Overdue by %n day: get in touch now.</numerusform>
            <numerusform>Overdue by %n days: get in touch now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for contact (every %n day(s) for this client).</source>
        <translation>
            <numerusform>Due for contact (every %n day for this client).</numerusform>
            <numerusform>Due for contact (every %n days for this client).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usually in touch every %n day(s); silent for much longer now.</source>
        <translation>
            <numerusform>Usually in touch every %n day; silent for much longer now.</numerusform>
            <numerusform>Usually in touch every %n days; silent for much longer now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered attempt(s) since %1.</source>
        <translation>
            <numerusform>%n unanswered attempt since %1.</numerusform>
            <numerusform>%n unanswered attempts since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client(s)</source>
        <translation>
            <numerusform>%1 of %n client</numerusform>
            <numerusform>%1 of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientMerge</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %1 days; usually in touch every %n day(s)</source>
        <translation>
            <numerusform>Silent for %1 days; usually in touch every %n day</numerusform>
            <numerusform>Silent for %1 days; usually in touch every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered attempt(s) in a row</source>
        <translation>
            <numerusform>%n unanswered attempt in a row</numerusform>
            <numerusform>%n unanswered attempts in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message numerus="yes">
        <source>&amp;All clients (%n)</source>
        <translation>
            <numerusform>&amp;All clients (%n)</numerusform>
            <numerusform>&amp;All clients (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clients &amp;shown in the list (%n)</source>
        <translation>
            <numerusform>The clients &amp;shown in the list (%n)</numerusform>
            <numerusform>The clients &amp;shown in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The s&amp;elected clients (%n)</source>
        <translation>
            <numerusform>The s&amp;elected clients (%n)</numerusform>
            <numerusform>The s&amp;elected clients (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPlanner</name>
    <message numerus="yes">
        <source>no answer to %n attempt(s) since %1</source>
        <translation>
            <numerusform>no answer to %n attempt since %1</numerusform>
            <numerusform>no answer to %n attempts since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due for contact: %n day(s) since the last one</source>
        <translation>
            <numerusform>due for contact: %n day since the last one</numerusform>
            <numerusform>due for contact: %n days since the last one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>silent for %1 days, usually in touch every %n day(s)</source>
        <translation>
            <numerusform>silent for %1 days, usually in touch every %n day</numerusform>
            <numerusform>silent for %1 days, usually in touch every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs contact at least every %n day(s)</source>
        <translation>
            <numerusform>needs contact at least every %n day</numerusform>
            <numerusform>needs contact at least every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s):</source>
        <translation>
            <numerusform>%n client:</numerusform>
            <numerusform>%n clients:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (%n answer(s)).</source>
        <translation>
            <numerusform>NPS %1 (%n answer).</numerusform>
            <numerusform>NPS %1 (%n answers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported. Correct them in the file (or change the columns) and import again, or skip them; nothing has been written.</source>
        <translation>
            <numerusform>%n row cannot be imported. Correct them in the file (or change the columns) and import again, or skip them; nothing has been written.</numerusform>
            <numerusform>%n rows cannot be imported. Correct them in the file (or change the columns) and import again, or skip them; nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No name in the file for %n contact(s): named after their email or phone, shown in italics.</source>
        <translation>
            <numerusform>No name in the file for %n contact: named after their email or phone, shown in italics.</numerusform>
            <numerusform>No name in the file for %n contacts: named after their email or phone, shown in italics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailLog</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged</source>
        <comment>emails</comment>
        <translation>
            <numerusform>%n logged</numerusform>
            <numerusform>%n logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <comment>emails</comment>
        <translation>
            <numerusform>%n unanswered</numerusform>
            <numerusform>%n unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSendersDialog</name>
    <message numerus="yes">
        <source>%1: %n message(s), the last on %2</source>
        <translation>
            <numerusform>%1: %n message, the last on %2</numerusform>
            <numerusform>%1: %n messages, the last on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n clients? Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n client? Undo brings it back.</numerusform>
            <numerusform>Delete %n clients? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the report (%n page) to %1.</numerusform>
            <numerusform>Saved the report (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Exported %n client to %1.</numerusform>
            <numerusform>Exported %n clients to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) as calendar to-dos to %1.</source>
        <translation>
            <numerusform>Exported %n follow-up as calendar to-dos to %1.</numerusform>
            <numerusform>Exported %n follow-ups as calendar to-dos to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) as vCards to %1.</source>
        <translation>
            <numerusform>Exported %n client as vCards to %1.</numerusform>
            <numerusform>Exported %n clients as vCards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message numerus="yes">
        <source>%n match(es). Double-click one to open its client.</source>
        <translation>
            <numerusform>%n match. Double-click one to open its client.</numerusform>
            <numerusform>%n matches. Double-click one to open its client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuadrantChartView</name>
    <message numerus="yes">
        <source>%n clients here</source>
        <translation>
            <numerusform>%n client here</numerusform>
            <numerusform>%n clients here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more; click again to pick the next</source>
        <translation>
            <numerusform>and %n more; click again to pick the next</numerusform>
            <numerusform>and %n more; click again to pick the next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in lapse (%1%)</source>
        <translation>
            <numerusform>%n in lapse (%1%)</numerusform>
            <numerusform>%n in lapse (%1%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::ClientStore</name>
    <message numerus="yes">
        <source>add %n clients</source>
        <translation>
            <numerusform>add %n client</numerusform>
            <numerusform>add %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n clients</source>
        <translation>
            <numerusform>delete %n client</numerusform>
            <numerusform>delete %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer to %n attempt(s)</source>
        <translation>
            <numerusform>no answer to %n attempt</numerusform>
            <numerusform>no answer to %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unusually silent for %n day(s)</source>
        <translation>
            <numerusform>unusually silent for %n day</numerusform>
            <numerusform>unusually silent for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>free to leave in %n day(s)</source>
        <translation>
            <numerusform>free to leave in %n day</numerusform>
            <numerusform>free to leave in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to contact today</source>
        <translation>
            <numerusform>%n client to contact today</numerusform>
            <numerusform>%n clients to contact today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Wrote the follow-up report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the follow-up report (%n page) to %1.</numerusform>
            <numerusform>Wrote the follow-up report (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (unreadable)</source>
        <translation>
            <numerusform>%Ln left out (unreadable)</numerusform>
            <numerusform>%Ln left out (unreadable)</numerusform>
        </translation>
    </message>
</context>
</TS>
