<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>callrail::ApiClient</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::DatabaseExport</name>
    <message numerus="yes">
        <source>%1: %Ln line(s) of %2 were not JSON records with an id and are not in the database.</source>
        <translation>
            <numerusform>%1: %Ln line of %2 was not a JSON record with an id and is not in the database.</numerusform>
            <numerusform>%1: %Ln lines of %2 were not JSON records with an id and are not in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln value(s) did not fit their column&apos;s type: NULL there, and kept whole in the column %2 of their row.</source>
        <translation>
            <numerusform>%1: %Ln value did not fit its column&apos;s type: NULL there, and kept whole in the column %2 of its row.</numerusform>
            <numerusform>%1: %Ln values did not fit their column&apos;s type: NULL there, and kept whole in the column %2 of their row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %2 (%Ln row(s) merged in %3 s)</source>
        <translation>
            <numerusform>%1 written: %2 (%Ln row merged in %3 s)</numerusform>
            <numerusform>%1 written: %2 (%Ln rows merged in %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::EndpointTask</name>
    <message numerus="yes">
        <source>%1, %2: %n text character(s) arrived as half of a UTF-16 pair (valid JSON, but no character); each is kept as U+FFFD.</source>
        <translation>
            <numerusform>%1, %2: %n text character arrived as half of a UTF-16 pair (valid JSON, but no character); it is kept as U+FFFD.</numerusform>
            <numerusform>%1, %2: %n text characters arrived as halves of UTF-16 pairs (valid JSON, but no characters); each is kept as U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n number(s) beyond 64 bits; each is kept as the nearest floating-point value.</source>
        <translation>
            <numerusform>%1, %2: %n number beyond 64 bits; it is kept as the nearest floating-point value.</numerusform>
            <numerusform>%1, %2: %n numbers beyond 64 bits; each is kept as the nearest floating-point value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::ExportNote</name>
    <message numerus="yes">
        <source>  %Ln record(s), %1</source>
        <translation>
            <numerusform>  %Ln record, %1</numerusform>
            <numerusform>  %Ln records, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::ExtractionRunner</name>
    <message numerus="yes">
        <source>This account needs about %n more request(s) (%1 made so far); it has %2 left this hour and %3 today.</source>
        <translation>
            <numerusform>This account needs about %n more request (%1 made so far); it has %2 left this hour and %3 today.</numerusform>
            <numerusform>This account needs about %n more requests (%1 made so far); it has %2 left this hour and %3 today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::KeyController</name>
    <message numerus="yes">
        <source>The key works. It can see %n account(s): %1.</source>
        <translation>
            <numerusform>The key works. It can see %n account: %1.</numerusform>
            <numerusform>The key works. It can see %n accounts: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::MainController</name>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::MainWindow</name>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled refresh(es) failed while the window was closed:</source>
        <translation>
            <numerusform>%n scheduled refresh failed while the window was closed:</numerusform>
            <numerusform>%n scheduled refreshes failed while the window was closed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::RefreshReport</name>
    <message numerus="yes">
        <source>Re-read from %1: %Ln request(s).</source>
        <translation>
            <numerusform>Re-read from %1: %Ln request.</numerusform>
            <numerusform>Re-read from %1: %Ln requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::RunProgressModel</name>
    <message numerus="yes">
        <source>The %Ln row(s) fetched are kept; Resume continues.</source>
        <translation>
            <numerusform>The %Ln row fetched is kept; Resume continues.</numerusform>
            <numerusform>The %Ln rows fetched are kept; Resume continues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) dropped.</source>
        <translation>
            <numerusform>%Ln duplicate dropped.</numerusform>
            <numerusform>%Ln duplicates dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::RunSummary</name>
    <message numerus="yes">
        <source>%Ln not complete</source>
        <translation>
            <numerusform>%Ln not complete</numerusform>
            <numerusform>%Ln not complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s)</source>
        <translation>
            <numerusform>%Ln failed attempt</numerusform>
            <numerusform>%Ln failed attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::SelectionPanel</name>
    <message numerus="yes">
        <source>This run needs at least %n request(s) (the exact number is known once CallRail reports the totals).</source>
        <translation>
            <numerusform>This run needs at least %n request (the exact number is known once CallRail reports the totals).</numerusform>
            <numerusform>This run needs at least %n requests (the exact number is known once CallRail reports the totals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::WorkbookExport</name>
    <message numerus="yes">
        <source>%1: %Ln cell(s) longer than Excel&apos;s %2 characters cut in the workbook (marked &quot;%3&quot;); the whole text is in %4.</source>
        <translation>
            <numerusform>%1: %Ln cell longer than Excel&apos;s %2 characters cut in the workbook (marked &quot;%3&quot;); the whole text is in %4.</numerusform>
            <numerusform>%1: %Ln cells longer than Excel&apos;s %2 characters cut in the workbook (marked &quot;%3&quot;); the whole text is in %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s) of %2 were not JSON records and are not in the workbook.</source>
        <translation>
            <numerusform>%1: %Ln line of %2 was not a JSON record and is not in the workbook.</numerusform>
            <numerusform>%1: %Ln lines of %2 were not JSON records and are not in the workbook.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::cli</name>
    <message numerus="yes">
        <source>%1; waiting up to %Ln s for it to end.</source>
        <translation>
            <numerusform>%1; waiting up to %Ln s for it to end.</numerusform>
            <numerusform>%1; waiting up to %Ln s for it to end.</numerusform>
        </translation>
    </message>
</context>
</TS>
