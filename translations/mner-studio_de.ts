<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../ui/errortext.cpp" line="14" />
        <source>expected a tag O, B-TYPE or I-TYPE, found {1}</source>
        <translation>erwartet wurde ein Tag O, B-TYP oder I-TYP, gefunden {1}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15" />
        <source>IMGID:{1} has no tokens: expected token&lt;TAB&gt;tag lines after it</source>
        <translation>IMGID:{1} hat keine Tokens: erwartet wurden danach Zeilen Token&lt;TAB&gt;Tag</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="16" />
        <source>expected an IMGID:&lt;id&gt; line before the tokens, found {1}</source>
        <translation>erwartet wurde vor den Tokens eine Zeile IMGID:&lt;id&gt;, gefunden {1}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17" />
        <source>expected token and tag separated by a tab or space, found 1 column {1}</source>
        <translation>erwartet wurden Token und Tag, getrennt durch Tab oder Leerzeichen, gefunden 1 Spalte {1}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="18" />
        <source>expected {1} columns as on line {2}, found {3}</source>
        <translation>erwartet wurden {1} Spalten wie in Zeile {2}, gefunden {3}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19" />
        <source>IMGID:{1} has no tokens: the file ends after it (truncated?)</source>
        <translation>IMGID:{1} hat keine Tokens: die Datei endet danach (abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="20" />
        <source>invalid JSON ({1}) at column {2}</source>
        <translation>ungültiges JSON ({1}) in Spalte {2}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="21" />
        <source>expected at least one tweet in {1} format, found none (empty file?)</source>
        <translation>erwartet wurde mindestens ein Tweet im Format {1}, gefunden keiner (leere Datei?)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="22" />
        <source>cannot open the file for reading</source>
        <translation>die Datei kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="23" />
        <source>{1}: no such project file</source>
        <translation>{1}: keine solche Projektdatei</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24" />
        <source>{1}: not an mner-studio project (an SQLite file of another program)</source>
        <translation>{1}: kein mner-studio-Projekt (eine SQLite-Datei eines anderen Programms)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="25" />
        <source>{1}: not an mner-studio project (not an SQLite database)</source>
        <translation>{1}: kein mner-studio-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26" />
        <source>{1}: another program is writing this project (an import into a new project?); open it again when it has finished</source>
        <translation>{1}: ein anderes Programm schreibt gerade in dieses Projekt (ein Import in ein neues Projekt?); öffnen Sie es wieder, wenn es fertig ist</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="27" />
        <source>import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28" />
        <source>tweet {1} was changed elsewhere since this edit; reload it</source>
        <translation>Tweet {1} wurde seit dieser Änderung anderswo geändert; bitte neu laden</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="29" />
        <source>no layer named '{1}' in {2} (see 'mner info')</source>
        <translation>keine Ebene namens '{1}' in {2} (siehe 'mner info')</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30" />
        <source>'{1}' cannot be an entity type (a name without spaces, not O)</source>
        <translation>'{1}' kann kein Entitätstyp sein (ein Name ohne Leerzeichen, nicht O)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="31" />
        <source>{1}; nothing was imported</source>
        <translation>{1}; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33" />
        <source>{1}:{2}: {3} tweet(s) are already in the project (the first: id '{4}'); choose to skip, keep or replace them; nothing was imported</source>
        <translation>{1}:{2}: {3} Tweet(s) sind schon im Projekt (der erste: ID '{4}'); überspringen, behalten oder ersetzen wählen; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="35" />
        <source>{1}: cannot open the model file</source>
        <translation>{1}: die Modelldatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36" />
        <source>{1}: not an mner model file (wrong signature)</source>
        <translation>{1}: keine mner-Modelldatei (falsche Signatur)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="37" />
        <source>{1}: unreadable model header: {2}</source>
        <translation>{1}: unlesbarer Modellkopf: {2}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="55" />
        <source>%1:%2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../ui/widgets.h" line="12" />
        <source>Reference layer</source>
        <translation>Referenzebene</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/editcommands.cpp" line="27" />
        <source>label tokens %1–%2</source>
        <translation>Tokens %1–%2 annotieren</translation>
    </message>
    <message>
        <location filename="../ui/editcommands.cpp" line="54" />
        <source>%1 The edit is kept and will be saved as soon as the project can be written.</source>
        <translation>%1 Die Änderung bleibt erhalten und wird gespeichert, sobald das Projekt wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="25" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="20" />
        <source>%1 and %2 label no tweet in common.</source>
        <translation>%1 und %2 annotieren keinen gemeinsamen Tweet.</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="22" />
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; vs &lt;b&gt;%2&lt;/b&gt;: %3 tweets, %4 tokens&lt;br&gt;token agreement %5, chance %6, &lt;b&gt;Cohen's κ %7&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; gegen &lt;b&gt;%2&lt;/b&gt;: %3 Tweets, %4 Tokens&lt;br&gt;Token-Übereinstimmung %5, Zufall %6, &lt;b&gt;Cohens κ %7&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="30" />
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="31" />
        <source>in A</source>
        <translation>in A</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="31" />
        <source>in B</source>
        <translation>in B</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="42" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="22" />
        <source>%1 (bundled, %2)</source>
        <translation>%1 (mitgeliefert, %2)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="26" />
        <source>%1 v%2 (trained here %3, %4)</source>
        <translation>%1 v%2 (hier trainiert %3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="44" />
        <source>the bundled default (cwi)</source>
        <translation>das mitgelieferte Standardmodell (cwi)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="53" />
        <source>Model for pre-annotation</source>
        <translation>Modell für die Vorannotation</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="53" />
        <source>Pre-annotate with:</source>
        <translation>Vorannotieren mit:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="42" />
        <source>Multimodal named entity recognition for tweets</source>
        <translation>Multimodale Erkennung benannter Entitäten in Tweets</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="45" />
        <source>Project file (*.mner) or server project (postgresql://USER@HOST/DB?project=NAME) to open</source>
        <translation>Projektdatei (*.mner) oder Serverprojekt (postgresql://NUTZER@HOST/DB?project=NAME) zum Öffnen</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="47" />
        <source>Annotate as NAME (remembered)</source>
        <translation>Als NAME annotieren (wird gemerkt)</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="48" />
        <source>Open (a copy of) the demo project</source>
        <translation>(Eine Kopie des) Demo-Projekt(s) öffnen</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="49" />
        <source>Interface language (de, fa, en)</source>
        <translation>Sprache der Oberfläche (de, fa, en)</translation>
    </message>
</context>
<context>
    <name>mner::ui::AgreementDialog</name>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="70" />
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="88" />
        <source>The project has no layers to compare.</source>
        <translation>Das Projekt hat keine Ebenen zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="93" />
        <source>Comparing %1 and %2…</source>
        <translation>%1 und %2 werden verglichen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreementdialog.cpp" line="98" />
        <source>Comparing %1 and %2… %Ln tweets in common so far</source>
        <translation>
            <numerusform>%1 und %2 werden verglichen… bisher %Ln gemeinsamer Tweet</numerusform>
            <numerusform>%1 und %2 werden verglichen… bisher %Ln gemeinsame Tweets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="101" />
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::EntityTypesDialog</name>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="33" />
        <location filename="../ui/entitytypesdialog.cpp" line="43" />
        <source>Entity types</source>
        <translation>Entitätstypen</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="36" />
        <source>The keys 1–9 label the types in this order. Renaming or merging changes the labels of every layer at once.</source>
        <translation>Die Tasten 1–9 vergeben die Typen in dieser Reihenfolge. Umbenennen oder Zusammenführen ändert die Labels aller Ebenen auf einmal.</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="52" />
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="54" />
        <source>Add a type</source>
        <translation>Typ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="54" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="57" />
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="58" />
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="59" />
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="63" />
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="68" />
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="69" />
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="74" />
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliase:</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="76" />
        <source>Type aliases</source>
        <translation>Typ-Aliase</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="77" />
        <source>a model's type = this project's type, e.g. geo-loc=LOC, person=PER</source>
        <translation>Typ eines Modells = Typ dieses Projekts, z. B. geo-loc=LOC, person=PER</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="78" />
        <source>Models that say one of these types write the project's type instead (MISC = OTHER always holds).</source>
        <translation>Modelle, die einen dieser Typen ausgeben, schreiben stattdessen den Typ des Projekts (MISC = OTHER gilt immer).</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="110" />
        <source>%1   (key %2)</source>
        <translation>%1   (Taste %2)</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="118" />
        <source>'%1' cannot be added: a new name without spaces is needed.</source>
        <translation>'%1' kann nicht hinzugefügt werden: nötig ist ein neuer Name ohne Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="137" />
        <location filename="../ui/entitytypesdialog.cpp" line="139" />
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="137" />
        <source>Merge into:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="140" />
        <source>Every %1 label of every layer becomes %2. Continue?</source>
        <translation>Jedes %1-Label jeder Ebene wird zu %2. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="143" />
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="143" />
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entitytypesdialog.cpp" line="164" />
        <source>Merged %1 into %2: %n label(s) changed.</source>
        <translation>
            <numerusform>%1 mit %2 zusammengeführt: %n Label geändert.</numerusform>
            <numerusform>%1 mit %2 zusammengeführt: %n Labels geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entitytypesdialog.cpp" line="165" />
        <source>Renamed %1 to %2: %n label(s) changed.</source>
        <translation>
            <numerusform>%1 in %2 umbenannt: %n Label geändert.</numerusform>
            <numerusform>%1 in %2 umbenannt: %n Labels geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="169" />
        <source>Cannot rename %1: %2</source>
        <translation>%1 kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="190" />
        <source>Aliases are written A=B, separated by commas.</source>
        <translation>Aliase werden als A=B geschrieben, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="201" />
        <source>Cannot store the types: %1</source>
        <translation>Die Typen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::ErrorBrowser</name>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="322" />
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="323" />
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="324" />
        <source>wrong boundary</source>
        <translation>falsche Grenze</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="325" />
        <source>wrong type and boundary</source>
        <translation>falscher Typ und falsche Grenze</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="326" />
        <source>missed</source>
        <translation>übersehen</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="327" />
        <source>spurious</source>
        <translation>überzählig</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="333" />
        <source>Error browser</source>
        <translation>Fehlerbrowser</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="338" />
        <source>Model layer</source>
        <translation>Modellebene</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="340" />
        <source>Error kind</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="341" />
        <source>all errors</source>
        <translation>alle Fehler</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="344" />
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="346" />
        <source>search text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="347" />
        <source>Search errors</source>
        <translation>Fehler durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="349" />
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="156" />
        <source>Tweet</source>
        <translation>Tweet</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="157" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="158" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="159" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="160" />
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="161" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="368" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/errorbrowser.cpp" line="401" />
        <source>%n row(s), reading…</source>
        <translation>
            <numerusform>%n Zeile, wird gelesen…</numerusform>
            <numerusform>%n Zeilen, wird gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/errorbrowser.cpp" line="402" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="447" />
        <source>all models</source>
        <translation>alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="448" />
        <source>all types</source>
        <translation>alle Typen</translation>
    </message>
</context>
<context>
    <name>mner::ui::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="16" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="22" />
        <source>all splits</source>
        <translation>alle Aufteilungen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26" />
        <source>&amp;Layer:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="27" />
        <source>&amp;Split:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="28" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>mner::ui::ImagePanel</name>
    <message>
        <location filename="../ui/imagepanel.cpp" line="24" />
        <source>Tweet image</source>
        <translation>Bild des Tweets</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="26" />
        <source>Wheel zooms, double click fits the image</source>
        <translation>Mausrad zoomt, Doppelklick passt das Bild ein</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="36" />
        <source>Image words</source>
        <translation>Bildwörter</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="47" />
        <source>This tweet has no image</source>
        <translation>Dieser Tweet hat kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="49" />
        <source>Image %1 is not available</source>
        <translation>Bild %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="55" />
        <source>Image %1 could not be read:
%2</source>
        <translation>Bild %1 konnte nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="70" />
        <source>No image words</source>
        <translation>Keine Bildwörter</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="123" />
        <source>Image %1 lies outside the project's folder:
%2
View › Allow images outside the project shows it.</source>
        <translation>Bild %1 liegt außerhalb des Projektordners:
%2
Ansicht › Bilder außerhalb des Projekts erlauben zeigt es.</translation>
    </message>
</context>
<context>
    <name>mner::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="37" />
        <source>Import tweets</source>
        <translation>Tweets importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="40" />
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="41" />
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43" />
        <source>Annotated tweets</source>
        <translation>Annotierte Tweets</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="44" />
        <source>Annotated text (*.txt *.conll *.jsonl *.json *.tsv);;All files (*)</source>
        <translation>Annotierter Text (*.txt *.conll *.jsonl *.json *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52" />
        <source>the file's name (train, valid, …)</source>
        <translation>der Name der Datei (train, valid, …)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="55" />
        <source>Store images inside the project</source>
        <translation>Bilder im Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="56" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57" />
        <source>&amp;Split:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="58" />
        <source>&amp;Captions file:</source>
        <translation>Datei mit &amp;Bildunterschriften:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="58" />
        <source>Captions</source>
        <translation>Bildunterschriften</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59" />
        <source>&amp;Images folder:</source>
        <translation>B&amp;ilderordner:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59" />
        <source>Images folder</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="87" />
        <source>Tweets already in the project</source>
        <translation>Tweets schon im Projekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="88" />
        <source>%n tweet(s) of this import are already in the project (the first at %1, line %2).</source>
        <translation>
            <numerusform>%n Tweet dieses Imports ist schon im Projekt (der erste in %1, Zeile %2).</numerusform>
            <numerusform>%n Tweets dieses Imports sind schon im Projekt (der erste in %1, Zeile %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="93" />
        <source>Skip them, import them again as new tweets, or replace their gold labels (corrections and history stay)?</source>
        <translation>Überspringen, als neue Tweets erneut importieren oder ihre Gold-Labels ersetzen (Korrekturen und Verlauf bleiben)?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95" />
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="96" />
        <source>Import again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97" />
        <source>Replace gold labels</source>
        <translation>Gold-Labels ersetzen</translation>
    </message>
</context>
<context>
    <name>mner::ui::KeyLegend</name>
    <message>
        <location filename="../ui/keylegend.cpp" line="7" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/keylegend.cpp" line="14" />
        <source>&lt;small&gt;%1 · &lt;b&gt;0&lt;/b&gt;/&lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;B&lt;/b&gt; take the span of the first/second row below · &lt;b&gt;Shift+A&lt;/b&gt;/&lt;b&gt;Shift+B&lt;/b&gt; the whole tweet · &lt;b&gt;←→&lt;/b&gt; move, &lt;b&gt;Shift&lt;/b&gt; extend · &lt;b&gt;PgDn&lt;/b&gt;/&lt;b&gt;PgUp&lt;/b&gt; next/previous tweet · &lt;b&gt;U&lt;/b&gt; most uncertain · &lt;b&gt;D&lt;/b&gt; next disagreement · &lt;b&gt;Enter&lt;/b&gt; done · &lt;b&gt;Shift+Enter&lt;/b&gt; skip · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo&lt;/small&gt;</source>
        <translation>&lt;small&gt;%1 · &lt;b&gt;0&lt;/b&gt;/&lt;b&gt;Entf&lt;/b&gt; löschen · &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;B&lt;/b&gt; Abschnitt der ersten/zweiten Zeile darunter übernehmen · &lt;b&gt;Umschalt+A&lt;/b&gt;/&lt;b&gt;Umschalt+B&lt;/b&gt; den ganzen Tweet · &lt;b&gt;←→&lt;/b&gt; bewegen, &lt;b&gt;Umschalt&lt;/b&gt; erweitern · &lt;b&gt;Bild↓&lt;/b&gt;/&lt;b&gt;Bild↑&lt;/b&gt; nächster/vorheriger Tweet · &lt;b&gt;U&lt;/b&gt; am unsichersten · &lt;b&gt;D&lt;/b&gt; nächste Abweichung · &lt;b&gt;Eingabe&lt;/b&gt; fertig · &lt;b&gt;Umschalt+Eingabe&lt;/b&gt; überspringen · &lt;b&gt;Strg+Z&lt;/b&gt; rückgängig&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>mner::ui::KeysDialog</name>
    <message>
        <location filename="../ui/keysdialog.cpp" line="26" />
        <source>tweet view and list</source>
        <translation>Tweet-Ansicht und Liste</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="26" />
        <location filename="../ui/keysdialog.cpp" line="31" />
        <source>tweet view</source>
        <translation>Tweet-Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="27" />
        <source>anywhere in the window</source>
        <translation>überall im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="32" />
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="32" />
        <source>Previous, next token</source>
        <translation>Vorheriges, nächstes Token</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="33" />
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="33" />
        <source>Token on the line above, below</source>
        <translation>Token in der Zeile darüber, darunter</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="34" />
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="34" />
        <source>First, last token</source>
        <translation>Erstes, letztes Token</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="35" />
        <source>Shift + any of these</source>
        <translation>Umschalt + eine davon</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="35" />
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="46" />
        <location filename="../ui/keysdialog.cpp" line="50" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Acts in</source>
        <translation>Wirkt in</translation>
    </message>
</context>
<context>
    <name>mner::ui::LabelAllDialog</name>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="14" />
        <source>Label all occurrences</source>
        <translation>Alle Vorkommen labeln</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labelalldialog.cpp" line="17" />
        <source>“%1” occurs unlabelled in %n more place(s). Label the checked ones as %2 (one step: Undo takes them all back).</source>
        <translation>
            <numerusform>„%1“ kommt an %n weiteren Stelle ohne Label vor. Die angehakten als %2 labeln (ein Schritt: Rückgängig nimmt alle zurück).</numerusform>
            <numerusform>„%1“ kommt an %n weiteren Stellen ohne Label vor. Die angehakten als %2 labeln (ein Schritt: Rückgängig nimmt alle zurück).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="25" />
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="34" />
        <source>Check &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="35" />
        <source>Check &amp;none</source>
        <translation>&amp;Keines anhaken</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labelalldialog.cpp" line="70" />
        <source>&amp;Label %n as %1</source>
        <translation>
            <numerusform>%n als %1 &amp;labeln</numerusform>
            <numerusform>%n als %1 &amp;labeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mner::ui::LayerPairDialog</name>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="55" />
        <source>Layer A</source>
        <translation>Ebene A</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="56" />
        <source>Layer B</source>
        <translation>Ebene B</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="58" />
        <source>Layer &amp;A:</source>
        <translation>Ebene &amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="59" />
        <source>Layer &amp;B:</source>
        <translation>Ebene &amp;B:</translation>
    </message>
</context>
<context>
    <name>mner::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125" />
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137" />
        <source>Model run progress</source>
        <translation>Fortschritt des Modelllaufs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141" />
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141" />
        <source>Stop importing</source>
        <translation>Import anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146" />
        <source>Edits waiting to be saved</source>
        <translation>Änderungen, die auf das Speichern warten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139" />
        <source>Image tagging progress</source>
        <translation>Fortschritt der Bildverschlagwortung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139" />
        <source>Stop tagging</source>
        <translation>Verschlagwortung anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="32" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="33" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="35" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="37" />
        <source>Open &amp;Server Project…</source>
        <translation>&amp;Serverprojekt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="39" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="41" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="44" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="46" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="49" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="50" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="52" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="69" />
        <location filename="../ui/mainmenus.cpp" line="220" />
        <source>Label as type %1</source>
        <translation>Als Typ %1 annotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="78" />
        <source>This project has no type %1 (Edit › Entity types)</source>
        <translation>Dieses Projekt hat keinen Typ %1 (Bearbeiten › Entitätstypen)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="81" />
        <source>Label as PER</source>
        <translation>Als PER annotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="82" />
        <source>Label as LOC</source>
        <translation>Als LOC annotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="83" />
        <source>Label as ORG</source>
        <translation>Als ORG annotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="84" />
        <source>Label as OTHER/MISC</source>
        <translation>Als OTHER/MISC annotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="85" />
        <source>Clear label</source>
        <translation>Annotation entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="86" />
        <source>Label all &amp;occurrences…</source>
        <translation>Alle &amp;Vorkommen labeln…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="89" />
        <source>Offer every other unlabelled occurrence of the span at the cursor, to label as one step</source>
        <translation>Bietet jedes weitere Vorkommen der Spanne am Cursor ohne Label an, in einem Schritt zu labeln</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="91" />
        <source>Entity &amp;types…</source>
        <translation>Entitäts&amp;typen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="94" />
        <source>Accept span of the first row below</source>
        <translation>Spanne der ersten Zeile darunter übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="97" />
        <source>Accept tweet of the first row below</source>
        <translation>Tweet der ersten Zeile darunter übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="100" />
        <source>Accept span of the second row below</source>
        <translation>Spanne der zweiten Zeile darunter übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="103" />
        <source>Accept tweet of the second row below</source>
        <translation>Tweet der zweiten Zeile darunter übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="107" />
        <source>&amp;Tweet</source>
        <translation>&amp;Tweet</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="108" />
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="111" />
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="114" />
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="117" />
        <source>Next &amp;uncertain</source>
        <translation>&amp;Unsicherster offener</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="120" />
        <source>Next &amp;disagreement</source>
        <translation>Nächste &amp;Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="124" />
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="127" />
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="131" />
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="132" />
        <source>&amp;Run model…</source>
        <translation>Modell &amp;ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="134" />
        <source>Re&amp;train…</source>
        <translation>Neu &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="139" />
        <source>Model for &amp;pre-annotation…</source>
        <translation>Modell für die &amp;Vorannotation…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="140" />
        <source>&amp;Tag images</source>
        <translation>Bilder &amp;verschlagworten</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="143" />
        <source>Store the five best ImageNet classes of every image not tagged yet as its image words</source>
        <translation>Die fünf besten ImageNet-Klassen jedes noch nicht verschlagworteten Bildes als seine Bildwörter speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="144" />
        <source>Tag all images again</source>
        <translation>Alle Bilder erneut verschlagworten</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="166" />
        <source>Back to the &amp;tweet</source>
        <translation>Zurück zum &amp;Tweet</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="175" />
        <source>Escape returns the keys to the tweet from a filter, a table or a dock</source>
        <translation>Escape gibt die Tasten aus einem Filter, einer Tabelle oder einem Dock an den Tweet zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="177" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="178" />
        <source>Allow images outside the project</source>
        <translation>Bilder außerhalb des Projekts erlauben</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="186" />
        <source>&amp;Suggestions row</source>
        <translation>&amp;Vorschlagszeile</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="190" />
        <source>Spans labelled before and gazetteer entries (File › Settings) as a row below the tweet</source>
        <translation>Früher gelabelte Spannen und Gazetteer-Einträge (Datei › Einstellungen) als Zeile unter dem Tweet</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="197" />
        <source>&amp;Agreement…</source>
        <translation>Ü&amp;bereinstimmung…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="198" />
        <source>A&amp;djudicate…</source>
        <translation>&amp;Schlichten…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="200" />
        <source>Stop adjudicating</source>
        <translation>Schlichten beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="201" />
        <source>Refresh errors and scores</source>
        <translation>Fehler und Bewertungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="206" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="207" />
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202" />
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>%n edit(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n Änderung konnte nicht gespeichert werden: %1</numerusform>
            <numerusform>%n Änderungen konnten nicht gespeichert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213" />
        <location filename="../ui/mainwindow.cpp" line="310" />
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>Free some disk space or make the project writable, then retry.</source>
        <translation>Geben Sie Speicherplatz frei oder machen Sie das Projekt beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216" />
        <source>Quit and lose them</source>
        <translation>Beenden und sie verlieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="269" />
        <source> · this session %n done, %1/h</source>
        <translation>
            <numerusform> · diese Sitzung %n erledigt, %1/h</numerusform>
            <numerusform> · diese Sitzung %n erledigt, %1/h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361" />
        <source>Edit not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>%1 — mner-studio</source>
        <translation>%1 — mner-studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>mner-studio</source>
        <translation>mner-studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265" />
        <source>%1 / %2 done · %3</source>
        <translation>%1 / %2 erledigt · %3</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="220" />
        <source>Label as %1</source>
        <translation>Als %1 annotieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="311" />
        <source>%n edit(s) of this project are not saved yet; the project stays open until they are.</source>
        <translation>
            <numerusform>%n Änderung dieses Projekts ist noch nicht gespeichert; das Projekt bleibt offen, bis sie es ist.</numerusform>
            <numerusform>%n Änderungen dieses Projekts sind noch nicht gespeichert; das Projekt bleibt offen, bis sie es sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314" />
        <source>open the other project</source>
        <translation>das andere Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319" />
        <location filename="../ui/mainwindow.cpp" line="332" />
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339" />
        <source>Cannot restore the undo history</source>
        <translation>Der Rückgängig-Verlauf kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450" />
        <source>Work in progress</source>
        <translation>Arbeit läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451" />
        <source>%1 is in progress: stop it and %2?</source>
        <translation>Noch in Arbeit: %1. Anhalten und %2?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451" />
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452" />
        <source>What it has not written yet is lost.</source>
        <translation>Was noch nicht geschrieben ist, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453" />
        <source>Stop and go on</source>
        <translation>Anhalten und fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454" />
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512" />
        <source>gold (corrected)</source>
        <translation>Gold (korrigiert)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554" />
        <source>suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558" />
        <source>Tweet %1 (%2)</source>
        <translation>Tweet %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566" />
        <location filename="../ui/mainwindow.cpp" line="580" />
        <source>The project cannot be read now: %1</source>
        <translation>Das Projekt kann gerade nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605" />
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605" />
        <source>Some suggestions could not be read:
%1</source>
        <translation>Einige Vorschläge konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="150" />
        <location filename="../ui/mainwindow.cpp" line="561" />
        <location filename="../ui/mainwindow.cpp" line="567" />
        <source>Cannot show tweet</source>
        <translation>Tweet kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="35" />
        <source>This tweet was changed in another session since it was shown.</source>
        <translation>Dieser Tweet wurde seit seiner Anzeige in einer anderen Sitzung geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="37" />
        <source>Tweet changed elsewhere</source>
        <translation>Tweet anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="37" />
        <source>Apply your change on top of theirs?</source>
        <translation>Ihre Änderung auf deren Stand anwenden?</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="42" />
        <source>It was reloaded; nothing was overwritten.</source>
        <translation>Er wurde neu geladen; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630" />
        <source>All waiting edits are saved</source>
        <translation>Alle wartenden Änderungen sind gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="634" />
        <source>%n edit(s) not saved yet</source>
        <translation>
            <numerusform>%n Änderung noch nicht gespeichert</numerusform>
            <numerusform>%n Änderungen noch nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="58" />
        <source>This project has no type %1 (Edit › Entity types adds one)</source>
        <translation>Dieses Projekt hat keinen Typ %1 (Bearbeiten › Entitätstypen fügt ihn hinzu)</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="62" />
        <source>clear tokens %1–%2</source>
        <translation>Tokens %1–%2 leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="62" />
        <source>label %1 as %2</source>
        <translation>%1 als %2 annotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="73" />
        <source>Label a span first: this key then offers its other unlabelled occurrences</source>
        <translation>Erst eine Spanne labeln: dann bietet diese Taste ihre weiteren Vorkommen ohne Label an</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="98" />
        <source>Cannot search the project</source>
        <translation>Das Projekt kann nicht durchsucht werden</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="108" />
        <source>“%1” occurs nowhere else unlabelled</source>
        <translation>„%1“ kommt nirgends sonst ohne Label vor</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainkeys.cpp" line="141" />
        <source>label %n more occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%n weiteres Vorkommen von „%1“ als %2 labeln</numerusform>
            <numerusform>%n weitere Vorkommen von „%1“ als %2 labeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainkeys.cpp" line="143" />
        <source>Labelled %n more occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%n weiteres Vorkommen von „%1“ als %2 gelabelt</numerusform>
            <numerusform>%n weitere Vorkommen von „%1“ als %2 gelabelt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="157" />
        <source>accept %1 span</source>
        <translation>Spanne von %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="161" />
        <source>No %1 span at the cursor</source>
        <translation>Keine Spanne von %1 am Cursor</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="168" />
        <source>accept %1 tweet</source>
        <translation>Tweet von %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="192" />
        <source>Most uncertain open tweet by %1 (%2: %3)</source>
        <translation>Unsicherster offener Tweet laut %1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="228" />
        <source>mark done</source>
        <translation>als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="228" />
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="187" />
        <source>No open tweet with a score from %1</source>
        <translation>Kein offener Tweet mit einer Bewertung von %1</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="209" />
        <source>No more disagreements below this one</source>
        <translation>Keine weiteren Abweichungen unterhalb</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="223" />
        <location filename="../ui/mainkeys.cpp" line="238" />
        <source>Status not saved</source>
        <translation>Status nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="30" />
        <location filename="../ui/mainjobs.cpp" line="75" />
        <location filename="../ui/mainjobs.cpp" line="158" />
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="30" />
        <location filename="../ui/mainjobs.cpp" line="75" />
        <source>Create or open a project first.</source>
        <translation>Legen Sie zuerst ein Projekt an oder öffnen Sie eines.</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="48" />
        <source>A model is running</source>
        <translation>Ein Modell läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="48" />
        <source>Cannot run the model</source>
        <translation>Das Modell kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374" />
        <source>%1: %v/%m, %2 tweets/s</source>
        <translation>%1: %v/%m, %2 Tweets/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370" />
        <source>loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371" />
        <source>Running %1 on %2</source>
        <translation>%1 läuft auf %2</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="57" />
        <source>Model run failed</source>
        <translation>Modelllauf fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650" />
        <source>Edits go to layer %1</source>
        <translation>Änderungen gehen in Ebene %1</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="253" />
        <location filename="../ui/mainkeys.cpp" line="256" />
        <source>Adjudicate</source>
        <translation>Schlichten</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="256" />
        <source>Choose two different layers.</source>
        <translation>Wählen Sie zwei verschiedene Ebenen.</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="260" />
        <source>Adjudicating %1 against %2 into the curated layer: D next disagreement, A/B take a span, Shift+A/Shift+B take a whole tweet</source>
        <translation>Schlichtung von %1 gegen %2 in die kuratierte Ebene: D nächste Abweichung, A/B übernimmt eine Spanne, Umschalt+A/Umschalt+B einen ganzen Tweet</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="102" />
        <source>Kept %1 in the project (dev F1 %2); tagging all tweets with it</source>
        <translation>%1 im Projekt gespeichert (Dev-F1 %2); alle Tweets werden damit annotiert</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="106" />
        <source>Cannot keep the model</source>
        <translation>Das Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="108" />
        <source>Retraining failed</source>
        <translation>Neutraining fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="116" />
        <source>Images are being tagged</source>
        <translation>Bilder werden verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="116" />
        <source>Wait for the current run to finish or stop it.</source>
        <translation>Warten Sie, bis der Lauf endet, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="122" />
        <source>tagging images %v/%m</source>
        <translation>Bilder werden verschlagwortet %v/%m</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="124" />
        <source>loading the image tagger…</source>
        <translation>der Bildverschlagworter wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="127" />
        <source>image tagging</source>
        <translation>die Bildverschlagwortung</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="140" />
        <source>Cannot tag the images</source>
        <translation>Die Bilder können nicht verschlagwortet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="142" />
        <source>%1 tagged %2 images in %3 s</source>
        <translation>%1 hat %2 Bilder in %3 s verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="143" />
        <source>; %1 were tagged before</source>
        <translation>; %1 waren schon verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="144" />
        <source>; stopped, what was tagged is kept</source>
        <translation>; angehalten, das bereits Verschlagwortete bleibt</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="145" />
        <source>; %1 could not be read (%2)</source>
        <translation>; %1 konnten nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="229" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="229" />
        <source>mner projects (*.mner)</source>
        <translation>mner-Projekte (*.mner)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="245" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="245" />
        <source>mner projects (*.mner);;All files (*)</source>
        <translation>mner-Projekte (*.mner);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="158" />
        <source>Create or open a project first (File › New Project).</source>
        <translation>Legen Sie zuerst ein Projekt an oder öffnen Sie eines (Datei › Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="253" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="253" />
        <source>Text (*.txt *.conll *.jsonl)</source>
        <translation>Text (*.txt *.conll *.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="257" />
        <source>Exported %1 tweets to %2</source>
        <translation>%1 Tweets nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="258" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="199" />
        <location filename="../ui/mainjobs.cpp" line="205" />
        <source>Import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="217" />
        <source>Imported %1 tweets; %2 were already in the project</source>
        <translation>%1 Tweets importiert; %2 waren schon im Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="218" />
        <source>Imported %1 tweets</source>
        <translation>%1 Tweets importiert</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="207" />
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="176" />
        <source>An import is running</source>
        <translation>Ein Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="176" />
        <source>Wait for the current import to finish or stop it.</source>
        <translation>Warten Sie, bis der laufende Import fertig ist, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="184" />
        <source>importing %v/%m tweets</source>
        <translation>importiere %v/%m Tweets</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="186" />
        <source>reading the files…</source>
        <translation>lese die Dateien…</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="188" />
        <source>an import</source>
        <translation>ein Import</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="207" />
        <source>Nothing was imported.
%1</source>
        <translation>Nichts wurde importiert.
%1</translation>
    </message>
</context>
<context>
    <name>mner::ui::ModelRunner</name>
    <message>
        <location filename="../ui/modelrunner.cpp" line="90" />
        <location filename="../ui/modelrunner.cpp" line="91" />
        <source>CPU, 1 thread</source>
        <translation>CPU, 1 Thread</translation>
    </message>
    <message>
        <location filename="../ui/modelrunner.cpp" line="90" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
</context>
<context>
    <name>mner::ui::ModelRuns</name>
    <message>
        <location filename="../ui/modelruns.cpp" line="19" />
        <source>Wait for the current run to finish or cancel it.</source>
        <translation>Warten Sie, bis der Lauf endet, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="68" />
        <source>a model run</source>
        <translation>ein Modelllauf</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="105" />
        <source>%1 of %2 tweets of %3 (running it again goes on from there)</source>
        <translation>%1 von %2 Tweets von %3 (ein erneuter Lauf macht dort weiter)</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="106" />
        <source>Model run cancelled; nothing was written</source>
        <translation>Modelllauf abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="107" />
        <source>Model run cancelled; %1 was written, the rest not</source>
        <translation>Modelllauf abgebrochen; %1 wurde geschrieben, der Rest nicht</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="60" />
        <location filename="../ui/modelruns.cpp" line="81" />
        <source>Cannot store the predictions: %1</source>
        <translation>Die Vorhersagen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="119" />
        <source>%1 tagged %2 tweets in %3 s</source>
        <translation>%1 hat %2 Tweets in %3 s annotiert</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="120" />
        <source> (%1 more were tagged by the run that was stopped)</source>
        <translation> (%1 weitere hatte der abgebrochene Lauf markiert)</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="121" />
        <source> on CUDA</source>
        <translation> auf CUDA</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="122" />
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>mner::ui::PreAnnotateHint</name>
    <message>
        <location filename="../ui/preannotatehint.cpp" line="22" />
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/preannotatehint.cpp" line="41" />
        <source>No model has pre-annotated this project yet. %1 can label every tweet in the background; you then correct its spans instead of typing them.</source>
        <translation>Noch hat kein Modell dieses Projekt vorannotiert. %1 kann im Hintergrund jeden Tweet labeln; Sie korrigieren dann seine Spannen, statt sie zu tippen.</translation>
    </message>
    <message>
        <location filename="../ui/preannotatehint.cpp" line="44" />
        <source>Pre-annotate with %1</source>
        <translation>Mit %1 vorannotieren</translation>
    </message>
</context>
<context>
    <name>mner::ui::RetrainDialog</name>
    <message>
        <location filename="../ui/retrain.cpp" line="104" />
        <source>Retrain from corrections</source>
        <translation>Aus Korrekturen neu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="108" />
        <source>Model to continue</source>
        <translation>Fortzusetzendes Modell</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="116" />
        <source>Labels to learn</source>
        <translation>Zu lernende Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="121" />
        <source>Training splits</source>
        <translation>Trainingsaufteilungen</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="124" />
        <source>Dev split</source>
        <translation>Dev-Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="125" />
        <source>(none: keep the last epoch)</source>
        <translation>(keine: die letzte Epoche behalten)</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="138" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="140" />
        <source>Name of the new model</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="141" />
        <source>Continue &amp;model:</source>
        <translation>&amp;Modell fortsetzen:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="142" />
        <source>&amp;Labels:</source>
        <translation>&amp;Annotationen:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="143" />
        <source>&amp;Train on:</source>
        <translation>&amp;Trainieren auf:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="144" />
        <source>&amp;Select on:</source>
        <translation>&amp;Auswählen auf:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="145" />
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="146" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="150" />
        <source>Learning curve</source>
        <translation>Lernkurve</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="152" />
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="154" />
        <source>dev F1</source>
        <translation>Dev-F1</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="158" />
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="162" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="164" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="178" />
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="184" />
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="185" />
        <location filename="../ui/retrain.cpp" line="308" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="215" />
        <source>This dialog has no project session to train in.</source>
        <translation>Dieser Dialog hat keine Projektsitzung zum Trainieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retrain.cpp" line="221" />
        <source>%n edit(s) are not written to the project yet, and training would miss them; retrain once they are saved.</source>
        <translation>
            <numerusform>%n Änderung ist noch nicht ins Projekt geschrieben, und das Training würde sie übergehen; bitte nach dem Speichern nachtrainieren.</numerusform>
            <numerusform>%n Änderungen sind noch nicht ins Projekt geschrieben, und das Training würde sie übergehen; bitte nach dem Speichern nachtrainieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="237" />
        <source>Choose at least one split to train on.</source>
        <translation>Wählen Sie mindestens eine Aufteilung zum Trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="239" />
        <source>The model would be selected on %1, which it also trains on: its F1 there would say nothing about new tweets. Uncheck %1 under Train on, or select on another split.</source>
        <translation>Das Modell würde auf %1 ausgewählt, worauf es auch trainiert: sein F1 dort sagte nichts über neue Tweets. %1 unter „Trainieren auf“ abwählen oder auf einem anderen Teil auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="249" />
        <source>Choose a model to continue.</source>
        <translation>Wählen Sie ein fortzusetzendes Modell.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="272" />
        <source>epoch %1/%2: loss %3, dev F1 %4 (%5 s)</source>
        <translation>Epoche %1/%2: Verlust %3, Dev-F1 %4 (%5 s)</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="281" />
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="282" />
        <source>loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="285" />
        <source>retraining</source>
        <translation>das Nachtrainieren</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="301" />
        <source>stopping after this batch…</source>
        <translation>halte nach diesem Batch an…</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="311" />
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="313" />
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="315" />
        <source>%1 tweets, best epoch %2, dev F1 %3, %4 s%5</source>
        <translation>%1 Tweets, beste Epoche %2, Dev-F1 %3, %4 s%5</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="320" />
        <source> (stopped early; the best epoch so far is kept)</source>
        <translation> (früh angehalten; die bisher beste Epoche bleibt)</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="321" />
        <source>The model's types changed: %1</source>
        <translation>Die Typen des Modells haben sich geändert: %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::RunModelDialog</name>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="62" />
        <source>Run model</source>
        <translation>Modell ausführen</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="65" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="75" />
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="77" />
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="77" />
        <source>mner models (*.mnerm)</source>
        <translation>mner-Modelle (*.mnerm)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="81" />
        <source>All tweets</source>
        <translation>Alle Tweets</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="82" />
        <source>Tweets in the list (filtered)</source>
        <translation>Tweets in der Liste (gefiltert)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="83" />
        <source>This tweet</source>
        <translation>Dieser Tweet</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="84" />
        <source>Tweets to tag</source>
        <translation>Zu annotierende Tweets</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="88" />
        <source>Models (%1):</source>
        <translation>Modelle (%1):</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="96" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mner::ui::ScoresPanel</name>
    <message>
        <location filename="../ui/scorespanel.cpp" line="31" />
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="36" />
        <source>Model for the confusion matrix</source>
        <translation>Modell für die Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="37" />
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="43" />
        <source>Scores per model and type</source>
        <translation>Bewertungen je Modell und Typ</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="50" />
        <source>Confusion of types for</source>
        <translation>Verwechslung der Typen für</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="55" />
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Recall</source>
        <translation>Ausbeute</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>In reference</source>
        <translation>In der Referenz</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="163" />
        <location filename="../ui/scorespanel.cpp" line="182" />
        <location filename="../ui/scorespanel.cpp" line="191" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="216" />
        <source>F1 by type</source>
        <translation>F1 je Typ</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="237" />
        <source>F1 chart</source>
        <translation>F1-Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="264" />
        <source>ref %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="265" />
        <source>pred %1</source>
        <translation>Vorh. %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::ServerDialog</name>
    <message>
        <location filename="../ui/serverdialog.cpp" line="21" />
        <source>Open Server Project</source>
        <translation>Serverprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="24" />
        <source>A project the team shares on a PostgreSQL server. Your user's role there decides what you may change.</source>
        <translation>Ein Projekt, das das Team auf einem PostgreSQL-Server teilt. Die Rolle Ihres Benutzers dort bestimmt, was Sie ändern dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="40" />
        <source>empty: from ~/.pgpass or not needed</source>
        <translation>leer: aus ~/.pgpass oder nicht nötig</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="42" />
        <source>when the server offers it</source>
        <translation>wenn der Server es anbietet</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="43" />
        <source>always (refuse a server without)</source>
        <translation>immer (Server ohne ablehnen)</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="44" />
        <source>always, and check the server's certificate</source>
        <translation>immer, und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="46" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="46" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="46" />
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="47" />
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="47" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="47" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="48" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
</context>
<context>
    <name>mner::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="37" />
        <source>Annotator name</source>
        <translation>Name des Annotators</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41" />
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42" />
        <source>&amp;Annotator:</source>
        <translation>&amp;Annotator:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43" />
        <source>Annotate in my own layer (several annotators)</source>
        <translation>In meiner eigenen Ebene annotieren (mehrere Annotatoren)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46" />
        <source>Tweet &amp;font size:</source>
        <translation>&amp;Schriftgröße der Tweets:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48" />
        <source>Image tagger</source>
        <translation>Bildverschlagworter</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="49" />
        <source>mobilenet (the bundled MobileNetV2) or onnx:FILE for an ImageNet classifier in ONNX</source>
        <translation>mobilenet (das mitgelieferte MobileNetV2) oder onnx:DATEI für einen ImageNet-Klassifikator in ONNX</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="51" />
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52" />
        <source>searched first for mobilenet_v2_1.0_224_quant.tflite</source>
        <translation>wird zuerst nach mobilenet_v2_1.0_224_quant.tflite durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="54" />
        <source>Uncertainty measure</source>
        <translation>Unsicherheitsmaß</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="55" />
        <source>least confidence (1 - probability of the best tagging)</source>
        <translation>geringste Konfidenz (1 − Wahrscheinlichkeit der besten Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56" />
        <source>margin between the best and second-best tagging</source>
        <translation>Abstand zwischen bester und zweitbester Annotation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="57" />
        <source>token entropy of the CRF marginals</source>
        <translation>Token-Entropie der CRF-Randverteilungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59" />
        <source>&amp;Uncertainty:</source>
        <translation>&amp;Unsicherheit:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61" />
        <source>Run models on</source>
        <translation>Modelle ausführen auf</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="62" />
        <source>CUDA when there is a device, else the CPU</source>
        <translation>CUDA, wenn ein Gerät da ist, sonst die CPU</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="63" />
        <source>the CPU</source>
        <translation>der CPU</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="64" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66" />
        <source>A CUDA device is available</source>
        <translation>Ein CUDA-Gerät ist verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66" />
        <source>No CUDA device here: models run on the CPU</source>
        <translation>Kein CUDA-Gerät hier: Modelle laufen auf der CPU</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="67" />
        <source>Run models &amp;on:</source>
        <translation>Modelle ausführen &amp;auf:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68" />
        <source>Image &amp;tagger:</source>
        <translation>Bild&amp;verschlagworter:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69" />
        <source>&amp;Models folder:</source>
        <translation>&amp;Modellordner:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74" />
        <source>MobileNetV2 (%1) is not in the models folders; see the README for where to get it.</source>
        <translation>MobileNetV2 (%1) liegt in keinem der Modellordner; woher man es bekommt, steht im README.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="76" />
        <source>MobileNetV2 found: %1</source>
        <translation>MobileNetV2 gefunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82" />
        <source>Gazetteers</source>
        <translation>Gazetteers</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83" />
        <source>TYPE=FILE; … e.g. LOC=countries.txt</source>
        <translation>TYP=DATEI; … z. B. LOC=countries.txt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84" />
        <source>Phrase lists whose entries appear as suggestions below the tweet: one phrase per line, optionally followed by a tab and its type</source>
        <translation>Phrasenlisten, deren Einträge als Vorschläge unter dem Tweet erscheinen: eine Phrase je Zeile, optional gefolgt von einem Tab und ihrem Typ</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86" />
        <source>&amp;Gazetteers:</source>
        <translation>&amp;Gazetteers:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="88" />
        <source>Entity types, keys and colours…</source>
        <translation>Entitätstypen, Tasten und Farben…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="93" />
        <source>Entity types:</source>
        <translation>Entitätstypen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="102" />
        <source>Key for %1</source>
        <translation>Taste für %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="107" />
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="108" />
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
</context>
<context>
    <name>mner::ui::TweetListModel</name>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="115" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="115" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="129" />
        <source>How unsure %1 is about the tweet (%2), as its run stored it; the column, its sort and Tweet › Next uncertain use this number</source>
        <translation>Wie unsicher %1 beim Tweet ist (%2), wie sein Lauf es gespeichert hat; die Spalte, ihre Sortierung und Tweet › Nächster unsicherer nutzen diese Zahl</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="131" />
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="131" />
        <source>uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="134" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="135" />
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="136" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="137" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="138" />
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="139" />
        <source>Disagree</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="140" />
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="141" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>mner::ui::TweetListPane</name>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="25" />
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="26" />
        <source>Filter tweets by text</source>
        <translation>Tweets nach Text filtern</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="28" />
        <source>Filter by split</source>
        <translation>Nach Aufteilung filtern</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="30" />
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="31" />
        <source>any status</source>
        <translation>jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="32" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="33" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="34" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="41" />
        <source>Tweet list</source>
        <translation>Tweet-Liste</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="53" />
        <source>Right click: choose the columns</source>
        <translation>Rechtsklick: Spalten wählen</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="74" />
        <source>all splits</source>
        <translation>alle Aufteilungen</translation>
    </message>
</context>
<context>
    <name>mner::ui::TweetView</name>
    <message>
        <location filename="../ui/tweetview.cpp" line="28" />
        <source>≠type</source>
        <translation>≠Typ</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="29" />
        <source>≠span</source>
        <translation>≠Spanne</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="30" />
        <source>≠type+span</source>
        <translation>≠Typ+Spanne</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="31" />
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="32" />
        <source>missed</source>
        <translation>übersehen</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="40" />
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="41" />
        <source>wrong type: the reference says %1</source>
        <translation>falscher Typ: die Referenz sagt %1</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="43" />
        <source>wrong boundary: the reference's %1 covers tokens %2–%3</source>
        <translation>falsche Grenze: %1 der Referenz umfasst die Tokens %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="48" />
        <source>wrong type and boundary: the reference has %1 on tokens %2–%3</source>
        <translation>falscher Typ und falsche Grenze: die Referenz hat %1 auf den Tokens %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="52" />
        <source>spurious: the reference has no entity here</source>
        <translation>überzählig: die Referenz hat hier keine Entität</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="53" />
        <source>missed: the reference has %1 here, this row nothing</source>
        <translation>übersehen: die Referenz hat hier %1, diese Zeile nichts</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="60" />
        <source>Tweet view</source>
        <translation>Tweet-Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="61" />
        <source>Arrow keys move between tokens, Shift extends the selection</source>
        <translation>Pfeiltasten wechseln zwischen Tokens, Umschalt erweitert die Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="182" />
        <source>%1, tokens %2–%3 (%4)</source>
        <translation>%1, Tokens %2–%3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="193" />
        <source>, confidence %1</source>
        <translation>, Konfidenz %1</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="199" />
        <source>%1, tokens %2–%3 (%4)%5: %6</source>
        <translation>%1, Tokens %2–%3 (%4)%5: %6</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="331" />
        <source>No tweet selected</source>
        <translation>Kein Tweet ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="380" />
        <source>%1: the labels you edit</source>
        <translation>%1: die Labels, die Sie bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="381" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>