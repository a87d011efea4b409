<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="137"/>
        <source>Unsaved runs</source>
        <translation>Nicht gespeicherte Läufe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="140"/>
        <source>Trained generators not saved yet: %n</source>
        <translation>Noch nicht gespeicherte trainierte Generatoren: %n</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="35"/>
        <source>Sweep seeds</source>
        <translation>Seeds durchprobieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="36"/>
        <source>Seeds to train together:</source>
        <translation>Wie viele Seeds gemeinsam trainieren:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="46"/>
        <source>Open an unchecked file?</source>
        <translation>Eine ungeprüfte Datei öffnen?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="48"/>
        <source>{0} cannot be opened safely.</source>
        <translation>{0} kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="50"/>
        <source>PatternGAN checked it and found that {0}.

Trusting it means letting PyTorch run the code stored inside the file, with your permissions: it could read, change or delete your files. Only do this for a file from a source you trust.</source>
        <translation>PatternGAN hat die Datei geprüft und festgestellt: {0}.

Wer ihr vertraut, lässt PyTorch den Code in der Datei mit den eigenen Rechten ausführen: Er könnte Dateien lesen, ändern oder löschen. Tu das nur mit einer Datei aus einer Quelle, der du vertraust.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="59"/>
        <source>Trust and run its code</source>
        <translation>Vertrauen und Code ausführen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="81"/>
        <source>Export lab result</source>
        <translation>Laborergebnis exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="82"/>
        <source>Your name (it goes in the result):</source>
        <translation>Dein Name (steht im Ergebnis):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="95"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="101"/>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="130"/>
        <source>About PatternGAN</source>
        <translation>Über PatternGAN</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="28"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="31"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="42"/>
        <source>_This lab has no instructions._</source>
        <translation>_Dieses Labor hat keine Anleitung._</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="66"/>
        <source>(a prediction: before F5)</source>
        <translation>(eine Vorhersage: vor F5)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="87"/>
        <source>met at epoch {0}</source>
        <translation>erreicht bei Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="115"/>
        <source>Answered before training started: sealed with the run</source>
        <translation>Vor dem Training beantwortet: mit dem Lauf versiegelt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="120"/>
        <source>This run began before a prediction was given: what you type now is kept as an answer after the run, with the epoch you typed it at</source>
        <translation>Dieser Lauf begann, bevor eine Vorhersage gegeben wurde: Was du jetzt eingibst, wird als Antwort nach dem Lauf gespeichert, mit der Epoche, in der du es eingegeben hast</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="127"/>
        <source>after the run: not counted as a prediction</source>
        <translation>nach dem Lauf: zählt nicht als Vorhersage</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="117"/>
        <source>locked: a prediction is made before F5</source>
        <translation>gesperrt: eine Vorhersage macht man vor F5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="39"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="47"/>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="86"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="71"/>
        <source>Language: {0}. Menus, toolbar, tabs and status change now; the rest of the window at the next start.</source>
        <translation>Sprache: {0}. Menüs, Werkzeugleiste, Reiter und Statuszeile wechseln sofort, der Rest des Fensters beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="96"/>
        <source>Set-up</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="102"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="105"/>
        <source>Encoding inspector</source>
        <translation>Kodierungs-Inspektor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="114"/>
        <source>Loading PyTorch and the plots...</source>
        <translation>PyTorch und die Diagramme werden geladen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="116"/>
        <location filename="../../patterngan_gui/main_window.py" line="208"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="132"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="136"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="507"/>
        <source>The speed dial: full speed, or a few reports a second to narrate on a projector (Ctrl+] faster, Ctrl+[ slower; also while training)</source>
        <translation>Der Tempo-Regler: volles Tempo oder wenige Berichte pro Sekunde, um am Beamer zu erklären (Strg+] schneller, Strg+[ langsamer; auch während des Trainings)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="518"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="209"/>
        <source>Sa&amp;mpling</source>
        <translation>Sti&amp;chproben</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="210"/>
        <source>R&amp;uns</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="211"/>
        <source>S&amp;weeps</source>
        <translation>Seed-&amp;Serien</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="212"/>
        <source>&amp;Networks</source>
        <translation>&amp;Netze</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="216"/>
        <source>The model view: G and D, layer by layer</source>
        <translation>Die Modellansicht: G und D, Schicht für Schicht</translation>
    </message>
</context>
<context>
    <name>PlotAccess</name>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="98"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="114"/>
        <source>{0}: {1} at epoch {2} (lowest {3}, highest {4})</source>
        <translation>{0}: {1} bei Epoche {2} (niedrigster {3}, höchster {4})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="122"/>
        <source>{0}, highest at {1}</source>
        <translation>{0}, am höchsten bei {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="123"/>
        <source>{0} at {1}</source>
        <translation>{0} bei {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="127"/>
        <source>and {0} more (Enter shows the table)</source>
        <translation>und {0} weitere (die Eingabetaste zeigt die Tabelle)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="129"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="130"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="156"/>
        <source>Plots as tables</source>
        <translation>Diagramme als Tabellen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="200"/>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="97"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="185"/>
        <source>Time&amp;line:</source>
        <translation>Zeit&amp;leiste:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="38"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;strict {2}&lt;/b&gt;, book {3}, TV {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;streng {2}&lt;/b&gt;, wie im Buch {3}, TV {4}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="74"/>
        <source>&lt;b&gt;Samples log&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;bold&lt;/b&gt;&lt;/span&gt; = not in the pattern, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = undecided)</source>
        <translation>&lt;b&gt;Stichprobenprotokoll&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;fett&lt;/b&gt;&lt;/span&gt; = nicht im Muster, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = unentschieden)</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="17"/>
        <location filename="../../patterngan_gui/panels/status.py" line="49"/>
        <source>epoch {0} / {1}</source>
        <translation>Epoche {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="19"/>
        <location filename="../../patterngan_gui/panels/status.py" line="55"/>
        <location filename="../../patterngan_gui/panels/status.py" line="58"/>
        <source>device: {0}</source>
        <translation>Gerät: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="65"/>
        <source>{0} epochs/s</source>
        <translation>{0} Epochen/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="67"/>
        <location filename="../../patterngan_gui/panels/status.py" line="82"/>
        <source>elapsed {0} s</source>
        <translation>vergangen {0} s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="71"/>
        <source>{0}, remaining {1} s</source>
        <translation>{0}, noch {1} s</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="103"/>
        <source>No generator yet: train one, or open a num_gen.pt (Ctrl+O).</source>
        <translation>Noch kein Generator: trainiere einen oder öffne eine num_gen.pt (Strg+O).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="109"/>
        <source> sequences of 10</source>
        <translation> Folgen zu je 10</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="111"/>
        <source>fresh randomness</source>
        <translation>neuer Zufall</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="113"/>
        <source>Ignore the seed: different numbers every time</source>
        <translation>Den Seed nicht beachten: jedes Mal andere Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="115"/>
        <source>&amp;Sample</source>
        <translation>St&amp;ichprobe ziehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="117"/>
        <source>Draw sequences from the generator (Ctrl+G)</source>
        <translation>Folgen aus dem Generator ziehen (Strg+G)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="119"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="120"/>
        <source>Save C&amp;SV...</source>
        <translation>C&amp;SV speichern …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="121"/>
        <source>Draw</source>
        <translation>Ziehe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="121"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="94"/>
        <source>Advanced: take the GAN apart</source>
        <translation>Erweitert: das GAN zerlegen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="75"/>
        <source>Model and training</source>
        <translation>Modell und Training</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="414"/>
        <source>{0} numbers: {1}</source>
        <translation>{0} Zahlen: {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="38"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="46"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="62"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="66"/>
        <source>E&amp;xpression:</source>
        <translation>A&amp;usdruck:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="68"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="78"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="94"/>
        <source>Support:</source>
        <translation>Träger:</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="68"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="78"/>
        <source>Training...</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="86"/>
        <source>Cannot start training</source>
        <translation>Training kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="95"/>
        <source>Paused: F5 resumes, F10 steps the paused run</source>
        <translation>Pausiert: F5 setzt fort, F10 geht im pausierten Lauf einen Schritt weiter</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="108"/>
        <source>Stopping the sweep...</source>
        <translation>Seed-Serie wird angehalten …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="111"/>
        <source>Stopping...</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="133"/>
        <source>Speed: {0}</source>
        <translation>Tempo: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="343"/>
        <source>Training finished</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="346"/>
        <source>Stopped at epoch {0}: F5 continues</source>
        <translation>Angehalten bei Epoche {0}: F5 macht weiter</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="9"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="12"/>
        <source>&amp;Open generator...</source>
        <translation>Generator ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="13"/>
        <source>Open a num_gen.pt</source>
        <translation>Eine num_gen.pt öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="14"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="15"/>
        <source>&amp;Save generator</source>
        <translation>Generator &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="16"/>
        <source>Save the generator</source>
        <translation>Den Generator speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="17"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="18"/>
        <source>Save generator &amp;As...</source>
        <translation>Generator speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="19"/>
        <source>Save the generator under a new name</source>
        <translation>Den Generator unter neuem Namen speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="20"/>
        <source>Export plots as &amp;PNG...</source>
        <translation>Diagramme als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="21"/>
        <source>Save the plots as a picture</source>
        <translation>Die Diagramme als Bild speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="22"/>
        <source>Export metrics as &amp;CSV...</source>
        <translation>Messwerte als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="23"/>
        <source>Save every report&apos;s metrics as CSV</source>
        <translation>Die Messwerte jedes Berichts als CSV speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="24"/>
        <source>Export run b&amp;undle...</source>
        <translation>Lauf als Paket e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="25"/>
        <source>One folder with the set-up, metrics CSV, plots PNG, samples log and num_gen.pt</source>
        <translation>Ein Ordner mit Einstellungen, Messwerten (CSV), Diagrammen (PNG), Stichprobenprotokoll und num_gen.pt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="26"/>
        <source>Export lab &amp;result...</source>
        <translation>Labor&amp;ergebnis exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="27"/>
        <source>One file for the teacher: the lab, your answers, the goals met, the run and its generator</source>
        <translation>Eine Datei für die Lehrkraft: das Labor, deine Antworten, die erreichten Ziele, der Lauf und sein Generator</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="28"/>
        <source>Export re&amp;port...</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="29"/>
        <source>A PDF to hand in: your name, answers and when you wrote them, the goals, the run&apos;s curves and final numbers</source>
        <translation>Ein PDF zum Abgeben: dein Name, deine Antworten und wann du sie geschrieben hast, die Ziele, die Kurven des Laufs und seine Endwerte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="30"/>
        <source>Open resul&amp;ts...</source>
        <translation>Er&amp;gebnisse öffnen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="31"/>
        <source>Open the lab results of a class into the Runs tab</source>
        <translation>Die Laborergebnisse einer Klasse im Reiter Läufe öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="32"/>
        <source>Open c&amp;lass folder...</source>
        <translation>&amp;Klassenordner öffnen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="33"/>
        <source>Every lab result in a folder at once: a table of names, goals, answers and curves</source>
        <translation>Alle Laborergebnisse eines Ordners auf einmal: eine Tabelle mit Namen, Zielen, Antworten und Kurven</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="34"/>
        <source>Open reco&amp;vered session...</source>
        <translation>Gerette&amp;te Sitzung öffnen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="35"/>
        <source>The runs kept when PatternGAN was stopped by a shutdown or a logout</source>
        <translation>Die Läufe, die beim Herunterfahren oder Abmelden aufbewahrt wurden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="36"/>
        <source>Save sess&amp;ion...</source>
        <translation>S&amp;itzung speichern …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="37"/>
        <source>Every run of this window (set-up, curves, timeline, generator) in one file</source>
        <translation>Alle Läufe dieses Fensters (Einstellungen, Kurven, Zeitleiste, Generator) in einer Datei</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="38"/>
        <source>Open sessio&amp;n...</source>
        <translation>Sitzu&amp;ng öffnen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="39"/>
        <source>Bring back the runs of a saved session (next lesson)</source>
        <translation>Die Läufe einer gespeicherten Sitzung zurückholen (nächste Stunde)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="40"/>
        <source>Open &amp;lab...</source>
        <translation>&amp;Labor öffnen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="41"/>
        <source>Open a teacher&apos;s lab file</source>
        <translation>Eine Labordatei der Lehrkraft öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="42"/>
        <source>Save set-up as la&amp;b...</source>
        <translation>Einstellungen als La&amp;bor speichern …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="43"/>
        <source>Save this set-up, locked or hidden controls and instructions as a lab file</source>
        <translation>Diese Einstellungen, gesperrte oder versteckte Regler und die Anleitung als Labordatei speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="44"/>
        <source>&amp;Close lab</source>
        <translation>Labor sc&amp;hließen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="45"/>
        <source>Show every control again and drop the lab</source>
        <translation>Alle Regler wieder zeigen und das Labor verlassen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="47"/>
        <source>Quit PatternGAN</source>
        <translation>PatternGAN beenden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="48"/>
        <source>&amp;Train / Resume</source>
        <translation>&amp;Trainieren / Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="49"/>
        <source>Start training, or resume a paused or stopped run</source>
        <translation>Training starten oder einen pausierten oder angehaltenen Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="50"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="51"/>
        <source>Pause between steps (F10 then steps the paused run)</source>
        <translation>Zwischen zwei Schritten pausieren (F10 geht dann einen Schritt weiter)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="52"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="53"/>
        <source>Stop training (the result is kept: save it, sample it, or press F5 to go on)</source>
        <translation>Training anhalten (das Ergebnis bleibt: speichern, Stichproben ziehen oder mit F5 weitermachen)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="54"/>
        <source>Step one &amp;epoch</source>
        <translation>Eine &amp;Epoche weiter</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="55"/>
        <source>One epoch: D on real, D on fake, then G (the book); D, then G otherwise (with k D steps per G step, D&apos;s steps k times)</source>
        <translation>Eine Epoche: D an echten, D an erzeugten Daten, dann G (wie im Buch); sonst D, dann G (bei k D-Schritten pro G-Schritt kommt D k-mal dran)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="56"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="57"/>
        <source>Step D on real and fake (&amp;D only)</source>
        <translation>Schritt D an echten und erzeugten Daten (nur &amp;D)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="58"/>
        <source>One discriminator step on real and generated data together</source>
        <translation>Ein Schritt des Diskriminators an echten und erzeugten Daten zusammen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="59"/>
        <source>Step D on real (&amp;real only)</source>
        <translation>Schritt D an echten Daten (nur ec&amp;ht)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="60"/>
        <source>One discriminator step on real data (label 1)</source>
        <translation>Ein Schritt des Diskriminators an echten Daten (Label 1)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="61"/>
        <source>Step D on fake (&amp;fake only)</source>
        <translation>Schritt D an erzeugten Daten (nur e&amp;rzeugt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="62"/>
        <source>One discriminator step on generated data (label 0)</source>
        <translation>Ein Schritt des Diskriminators an erzeugten Daten (Label 0)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="63"/>
        <source>Step &amp;G only</source>
        <translation>Nur &amp;G einen Schritt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="64"/>
        <source>One generator step: G wants D to call its numbers real</source>
        <translation>Ein Schritt des Generators: G will, dass D seine Zahlen für echt hält</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="65"/>
        <source>Slow &amp;motion</source>
        <translation>&amp;Zeitlupe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="66"/>
        <source>F10 runs one step of the epoch at a time and says what it changed</source>
        <translation>F10 führt einen Schritt der Epoche nach dem anderen aus und sagt, was er verändert hat</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="67"/>
        <source>&amp;Change learning rates and k...</source>
        <translation>Lernraten und k ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="68"/>
        <source>Turn the learning rates or k while the run goes on (from its next step)</source>
        <translation>Lernraten oder k ändern, während der Lauf weitergeht (ab seinem nächsten Schritt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="69"/>
        <source>S&amp;weep seeds...</source>
        <translation>&amp;Seeds durchprobieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="70"/>
        <source>Train many seeds of this set-up together: is a result luck?</source>
        <translation>Viele Seeds dieser Einstellungen zusammen trainieren: Ist ein Ergebnis Glück?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="71"/>
        <source>&amp;Faster</source>
        <translation>Schne&amp;ller</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="72"/>
        <source>More reports a second, up to full speed (the toolbar&apos;s speed dial)</source>
        <translation>Mehr Berichte pro Sekunde, bis zum vollen Tempo (der Tempo-Regler der Werkzeugleiste)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="73"/>
        <source>S&amp;lower</source>
        <translation>Langsa&amp;mer</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="74"/>
        <source>Fewer reports a second, down to one (for narrating on a projector)</source>
        <translation>Weniger Berichte pro Sekunde, bis zu einem (zum Erklären am Beamer)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="75"/>
        <source>&amp;Reset</source>
        <translation>Zur&amp;ücksetzen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="76"/>
        <source>Discard the current run&apos;s plots (the run stays in the Runs tab)</source>
        <translation>Die Diagramme des aktuellen Laufs leeren (der Lauf bleibt im Reiter Läufe)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="77"/>
        <source>&amp;Sample</source>
        <translation>St&amp;ichprobe ziehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="78"/>
        <source>Sample sequences from the generator</source>
        <translation>Folgen aus dem Generator ziehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="79"/>
        <source>&amp;Set-up</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="80"/>
        <source>Show the set-up panel</source>
        <translation>Die Einstellungen zeigen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="81"/>
        <source>Encoding &amp;inspector</source>
        <translation>Kodierungs-&amp;Inspektor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="82"/>
        <source>How an integer is encoded and how G&apos;s outputs are read</source>
        <translation>Wie eine ganze Zahl kodiert wird und wie die Ausgaben von G gelesen werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="83"/>
        <source>Lab i&amp;nstructions</source>
        <translation>Labor-&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="84"/>
        <source>The open lab&apos;s instructions</source>
        <translation>Die Anleitung des geöffneten Labors</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="85"/>
        <source>Plots as &amp;tables...</source>
        <translation>Diagramme als &amp;Tabellen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="86"/>
        <source>The numbers of the plots on screen, as tables (Enter on a focused plot: its own)</source>
        <translation>Die Zahlen der sichtbaren Diagramme als Tabellen (Eingabetaste auf einem Diagramm: nur seine)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="87"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="88"/>
        <source>Larger text, lines and markers (for a projector)</source>
        <translation>Größere Schrift, Linien und Markierungen (für den Beamer)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="89"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="90"/>
        <source>Smaller text, lines and markers</source>
        <translation>Kleinere Schrift, Linien und Markierungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="91"/>
        <source>&amp;Reset text size</source>
        <translation>Schriftgröße &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="92"/>
        <source>Text at its usual size</source>
        <translation>Schrift in normaler Größe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="93"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="94"/>
        <source>System colours</source>
        <translation>Farben des Systems</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="95"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="96"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="97"/>
        <source>Light colours</source>
        <translation>Helle Farben</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="98"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="99"/>
        <source>Dark colours</source>
        <translation>Dunkle Farben</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="100"/>
        <source>&amp;How it works</source>
        <translation>&amp;So funktioniert es</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="101"/>
        <source>The encoding, the three steps and each metric</source>
        <translation>Die Kodierung, die drei Schritte und jede Messgröße</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="102"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="103"/>
        <source>Every shortcut</source>
        <translation>Alle Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="104"/>
        <source>&amp;About PatternGAN</source>
        <translation>Ü&amp;ber PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="105"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="106"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="112"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="113"/>
        <location filename="../../patterngan_gui/panels/task_group.py" line="89"/>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="114"/>
        <location filename="../../patterngan_gui/panels/task_group.py" line="112"/>
        <source>&amp;Codec:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="115"/>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="83"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="116"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="117"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="118"/>
        <source>Learning rate &amp;D:</source>
        <translation>Lernrate &amp;D:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="119"/>
        <source>Learning rate &amp;G:</source>
        <translation>Lernrate &amp;G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="120"/>
        <source>&amp;Latent size:</source>
        <translation>&amp;Latente Größe:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="121"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="122"/>
        <source>Report e&amp;very:</source>
        <translation>Bericht a&amp;lle:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="123"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="124"/>
        <source>G &amp;head:</source>
        <translation>G-&amp;Kopf:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="125"/>
        <source>G hidden:</source>
        <translation>G versteckt:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="126"/>
        <source>D hidden:</source>
        <translation>D versteckt:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="127"/>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="128"/>
        <source>L&amp;oss:</source>
        <translation>&amp;Verlust:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="129"/>
        <source>Optimi&amp;zer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="130"/>
        <source>Adam beta1:</source>
        <translation>Adam beta1:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="131"/>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="132"/>
        <source>D steps (&amp;k):</source>
        <translation>D-Schritte (&amp;k):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="133"/>
        <source>D on real, fake:</source>
        <translation>D an echt, erzeugt:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="134"/>
        <source>Pack:</source>
        <translation>Packen:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="135"/>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="136"/>
        <source>EMA of G:</source>
        <translation>EMA von G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="137"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="138"/>
        <source>Multiples of K</source>
        <translation>Vielfache von K</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="139"/>
        <source>Odd numbers</source>
        <translation>Ungerade Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="140"/>
        <source>Even numbers</source>
        <translation>Gerade Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="141"/>
        <source>n = R (mod K)</source>
        <translation>n = R (mod K)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="142"/>
        <source>Perfect squares</source>
        <translation>Quadratzahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="143"/>
        <source>Prime numbers</source>
        <translation>Primzahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="144"/>
        <source>Custom expression</source>
        <translation>Eigener Ausdruck</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="145"/>
        <source>Draw your own</source>
        <translation>Selbst zeichnen</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="146"/>
        <source>Strict validity</source>
        <translation>Strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="147"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="148"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="149"/>
        <source>TV distance</source>
        <translation>TV-Abstand</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="150"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="151"/>
        <source>Final strict validity</source>
        <translation>Strenge Gültigkeit am Ende</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="152"/>
        <source>each student</source>
        <translation>jede Person der Klasse</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="153"/>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="154"/>
        <source>a student</source>
        <translation>ein Schüler, eine Schülerin</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="155"/>
        <source>off-lab or not verified</source>
        <translation>außerhalb des Labors oder nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="156"/>
        <source>G&apos;s raw outputs over time</source>
        <translation>Rohausgaben von G im Verlauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="157"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="158"/>
        <source>unit (by head)</source>
        <translation>Einheit (je Kopf)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="159"/>
        <source>mean raw output of the report&apos;s samples (dark low, bright high)</source>
        <translation>mittlere Rohausgabe der Stichproben des Berichts (dunkel niedrig, hell hoch)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="160"/>
        <source>D loss (real + fake)</source>
        <translation>Verlust von D (echt + erzeugt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="161"/>
        <source>G loss</source>
        <translation>Verlust von G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="162"/>
        <source>strict validity</source>
        <translation>strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="163"/>
        <source>book validity (argmax)</source>
        <translation>Gültigkeit wie im Buch (argmax)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="164"/>
        <source>modes covered (right axis)</source>
        <translation>abgedeckte Modi (rechte Achse)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="165"/>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="166"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="167"/>
        <source>undecided (x = R)</source>
        <translation>unentschieden (x = R)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="168"/>
        <source>support</source>
        <translation>Träger</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="169"/>
        <source>D(x) for every integer</source>
        <translation>D(x) für jede ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="170"/>
        <source>support values</source>
        <translation>Werte des Trägers</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="171"/>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="172"/>
        <source>BCE loss</source>
        <translation>BCE-Verlust</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="173"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="174"/>
        <source>Generator&apos;s distribution</source>
        <translation>Verteilung des Generators</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="175"/>
        <source>integer</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="176"/>
        <source>D&apos;s view</source>
        <translation>Sicht von D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="177"/>
        <source>P(real) by D</source>
        <translation>P(echt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="178"/>
        <source>TV distance to the target</source>
        <translation>TV-Abstand zum Ziel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="179"/>
        <source>Last distribution</source>
        <translation>Letzte Verteilung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="180"/>
        <source>Last D&apos;s view</source>
        <translation>Letzte Sicht von D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="181"/>
        <source>P(real)</source>
        <translation>P(echt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="182"/>
        <source>Histogram of the sampled numbers</source>
        <translation>Histogramm der gezogenen Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="183"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="184"/>
        <source>sampled</source>
        <translation>gezogen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="185"/>
        <source>expected from the target</source>
        <translation>erwartet laut Ziel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="186"/>
        <source>Final strict validity of each seed</source>
        <translation>Strenge Gültigkeit am Ende je Seed</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="187"/>
        <source>seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="188"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="189"/>
        <source>lowest to highest seed</source>
        <translation>niedrigster bis höchster Seed</translation>
    </message>
</context>
<context>
    <name>speeds</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="107"/>
        <source>Full speed</source>
        <translation>Volles Tempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="108"/>
        <source>10 reports/s</source>
        <translation>10 Berichte/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="109"/>
        <source>4 reports/s</source>
        <translation>4 Berichte/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="110"/>
        <source>2 reports/s</source>
        <translation>2 Berichte/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="111"/>
        <source>1 report/s</source>
        <translation>1 Bericht/s</translation>
    </message>
</context>
</TS>
