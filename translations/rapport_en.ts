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
</TS>
