<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="440" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="781" />
        <source>Imported %n talk(s).</source>
        <translation><numerusform>Imported %n talk.</numerusform><numerusform>Imported %n talks.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="788" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="155" />
        <source>%n model(s) installed.</source>
        <translation><numerusform>%n model installed.</numerusform><numerusform>%n models installed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="233" />
        <source>%n model(s) available.</source>
        <translation><numerusform>%n model available.</numerusform><numerusform>%n models available.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="115" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="115" />
        <source>%n talk(s)</source>
        <translation><numerusform>%n talk</numerusform><numerusform>%n talks</numerusform></translation>
    </message>
</context>
<context>
    <name>TalkListModel</name>
    <message numerus="yes">
        <location filename="../../reader/gui/models/talk_list.py" line="62" />
        <source>%n segment(s)</source>
        <extracomment>translated fraction 0.0–1.0 the grey second line</extracomment>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
</context>
</TS>