<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Class</name>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="73"/>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="74"/>
        <source>followed</source>
        <translation>befolgt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="75"/>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="76"/>
        <source>modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="77"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="78"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="79"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="80"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="81"/>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="82"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="83"/>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="108"/>
        <source>No class yet: File &gt; Open class folder... reads every lab result.</source>
        <translation>Noch keine Klasse: Datei &gt; Klassenordner öffnen … liest alle Laborergebnisse ein.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="117"/>
        <source>Filter: a name, an answer, a file...</source>
        <translation>Filter: ein Name, eine Antwort, eine Datei …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="119"/>
        <source>Filter the class table</source>
        <translation>Die Klassentabelle filtern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="122"/>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="124"/>
        <source>Followed the lab only</source>
        <translation>Nur wer das Labor befolgt hat</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="128"/>
        <source>Export CSV...</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="129"/>
        <source>The table as it is shown (filtered and sorted), as CSV</source>
        <translation>Die Tabelle so, wie sie gezeigt wird (gefiltert und sortiert), als CSV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="131"/>
        <source>Train every run again from its recorded set-up and seed (one sweep per set-up) and compare its end with the run&apos;s: its final metrics within 0.02</source>
        <translation>Jeden Lauf mit seinen gespeicherten Einstellungen und seinem Seed neu trainieren (eine Seed-Serie je Einstellung) und sein Ende mit dem des Laufs vergleichen: Endwerte auf 0,02 genau</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="136"/>
        <source>Rerun...</source>
        <translation>Neu trainieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="154"/>
        <source>Class results</source>
        <translation>Ergebnisse der Klasse</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="180"/>
        <source>Setting to spread the final values over</source>
        <translation>Einstellung, über die die Endwerte verteilt werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="185"/>
        <source>A setting the students were free to change</source>
        <translation>Eine Einstellung, die die Schüler frei ändern durften</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="199"/>
        <source>Spread over:</source>
        <translation>Verteilt über:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="249"/>
        <source>(could not be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="359"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="360"/>
        <source>judged against the lab &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>bewertet mit dem Labor &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="364"/>
        <source>&lt;b&gt;no teacher&apos;s lab&lt;/b&gt;: {0} (each judged by its own copy; open yours first)</source>
        <translation>&lt;b&gt;kein Labor der Lehrkraft&lt;/b&gt;: {0} (jedes mit seiner eigenen Kopie bewertet; öffne zuerst deins)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="370"/>
        <source>&lt;b&gt;no teacher&apos;s lab&lt;/b&gt; (each judged by its own copy; open yours first)</source>
        <translation>&lt;b&gt;kein Labor der Lehrkraft&lt;/b&gt; (jedes mit seiner eigenen Kopie bewertet; öffne zuerst deins)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/class_view.py" line="374"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: %n result(s), {1}; {2} followed the lab, {3} verified</source>
        <translation>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt;: %Ln Ergebnis, {1}; {2} haben das Labor befolgt, {3} bestätigt</numerusform>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt;: %Ln Ergebnisse, {1}; {2} haben das Labor befolgt, {3} bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/class_view.py" line="380"/>
        <source>; %n file(s) could not be read</source>
        <translation>
            <numerusform>; %Ln Datei konnte nicht gelesen werden</numerusform>
            <numerusform>; %Ln Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="386"/>
        <source>(and {0} more)</source>
        <translation>(und {0} weitere)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="405"/>
        <source>no setting differs</source>
        <translation>keine Einstellung unterscheidet sich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/class_view.py" line="443"/>
        <source>%n results share one point; they are spread sideways</source>
        <translation>
            <numerusform>%Ln Ergebnis liegt auf diesem Punkt</numerusform>
            <numerusform>%Ln Ergebnisse liegen auf einem Punkt; sie sind seitlich verteilt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="214"/>
        <source>Predicted &apos;{0}&apos; before the run:</source>
        <translation>Vorhersage zu „{0}“ vor dem Lauf:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="218"/>
        <source>%n student(s) gave a share (median {0}), {1} of them reached it</source>
        <translation>
            <numerusform>%Ln Schüler nannte einen Anteil (Median {0}); erreicht: {1}</numerusform>
            <numerusform>%Ln Schüler nannten einen Anteil (Median {0}); erreicht: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="225"/>
        <source>%n said yes</source>
        <translation>
            <numerusform>%Ln sagte ja</numerusform>
            <numerusform>%Ln sagten ja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="226"/>
        <source>%n said no</source>
        <translation>
            <numerusform>%Ln sagte nein</numerusform>
            <numerusform>%Ln sagten nein</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="228"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="230"/>
        <source>no sealed prediction</source>
        <translation>keine versiegelte Vorhersage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="232"/>
        <source>%n answered after the run (not counted)</source>
        <translation>
            <numerusform>%Ln hat erst nach dem Lauf geantwortet (zählt nicht)</numerusform>
            <numerusform>%Ln haben erst nach dem Lauf geantwortet (zählt nicht)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="285"/>
        <source>{0}/{1} (first at epoch {2})</source>
        <translation>{0}/{1} (zuerst in Epoche {2})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="288"/>
        <source>no: another lab</source>
        <translation>nein: anderes Labor</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="292"/>
        <location filename="../../core/teaching/class_results.py" line="310"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="294"/>
        <source>no: no lab</source>
        <translation>nein: kein Labor</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="302"/>
        <source>no: {0}</source>
        <translation>nein: {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="304"/>
        <source>no: see its problems</source>
        <translation>nein: siehe seine Probleme</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="306"/>
        <source>yes, reproduced</source>
        <translation>ja, nachgerechnet</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="308"/>
        <source>yes; {0}</source>
        <translation>ja; {0}</translation>
    </message>
</context>
<context>
    <name>Collapse</name>
    <message>
        <location filename="../../core/teaching/collapse.py" line="53"/>
        <source>Mode collapse: G now produces only {0} of the {1} support values; it produced {2} earlier in this run.</source>
        <translation>Moduskollaps: G erzeugt nur noch {0} der {1} Werte des Trägers; früher in diesem Lauf waren es {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="68"/>
        <source>Mode collapse: {0} makes up {1} of G&apos;s numbers; a fair share would be {2}.</source>
        <translation>Moduskollaps: {0} macht {1} der Zahlen von G aus; ein gerechter Anteil wäre {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="77"/>
        <source>Mode collapse: {0} of G&apos;s numbers are valid, but they use only {1} of the {2} support values.</source>
        <translation>Moduskollaps: {0} der Zahlen von G sind gültig, aber sie nutzen nur {1} der {2} Werte des Trägers.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="87"/>
        <source>G has found a few numbers that fool D and stopped exploring. The &apos;default&apos; preset avoids this: its D judges 16 numbers at once (PacGAN), so a G that repeats itself is easy to catch, and its G keeps sampling noise in every output.</source>
        <translation>G hat ein paar Zahlen gefunden, die D täuschen, und sucht nicht weiter. Die Vorlage &apos;default&apos; vermeidet das: Ihr D beurteilt 16 Zahlen auf einmal (PacGAN), so fällt ein G, der sich wiederholt, leicht auf, und ihr G behält in jeder Ausgabe Rauschen.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="94"/>
        <source>Try another seed, a lower learning rate for G, or more epochs: the cosine schedule and weight averaging usually bring the lost values back.</source>
        <translation>Probiere einen anderen Seed, eine kleinere Lernrate für G oder mehr Epochen: Der Kosinus-Verlauf und das Mitteln der Gewichte bringen die verlorenen Werte meist zurück.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <location filename="../../core/engine/device.py" line="58"/>
        <source>CPU, as chosen</source>
        <translation>CPU, wie gewählt</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="68"/>
        <source>CUDA ({0}), as chosen</source>
        <translation>CUDA ({0}), wie gewählt</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="73"/>
        <source>auto: CPU, the only device this torch {0} sees</source>
        <translation>auto: CPU, das einzige Gerät, das dieses torch {0} sieht</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="81"/>
        <source>auto: CPU for steps taken one at a time</source>
        <translation>auto: CPU für einzelne Schritte</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="86"/>
        <source>auto: {0}, measured for this set-up: {1} epochs/s on CUDA ({2}) vs {3} on the CPU</source>
        <translation>auto: {0}, für diese Einstellungen gemessen: {1} Epochen/s mit CUDA ({2}) gegen {3} mit der CPU</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="143"/>
        <source>Unsaved runs</source>
        <translation>Nicht gespeicherte Läufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/kit/dialogs.py" line="146"/>
        <source>Trained generators not saved yet: %n</source>
        <translation>
            <numerusform>Noch nicht gespeicherte trainierte Generatoren: %Ln</numerusform>
            <numerusform>Noch nicht gespeicherte trainierte Generatoren: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="36"/>
        <source>Sweep seeds</source>
        <translation>Seeds durchprobieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="37"/>
        <source>Seeds to train together:</source>
        <translation>Wie viele Seeds gemeinsam trainieren:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="47"/>
        <source>Open an unchecked file?</source>
        <translation>Eine ungeprüfte Datei öffnen?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="49"/>
        <source>{0} cannot be opened safely.</source>
        <translation>{0} kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="51"/>
        <source>PatternGAN checked it and found that {0}.

Trusting it means letting PyTorch run the code stored inside the file, with your permissions: it could read, change or delete your files. Only do this for a file from a source you trust.</source>
        <translation>PatternGAN hat die Datei geprüft und festgestellt: {0}.

Wer ihr vertraut, lässt PyTorch den Code in der Datei mit den eigenen Rechten ausführen: Er könnte Dateien lesen, ändern oder löschen. Tu das nur mit einer Datei aus einer Quelle, der du vertraust.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="60"/>
        <source>Trust and run its code</source>
        <translation>Vertrauen und Code ausführen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="82"/>
        <source>Export lab result</source>
        <translation>Laborergebnis exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="83"/>
        <source>Your name (it goes in the result):</source>
        <translation>Dein Name (steht im Ergebnis):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="102"/>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="121"/>
        <source>CPU only</source>
        <translation>nur CPU</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="122"/>
        <source>Watch a GAN learn to generate integers that follow a pattern.</source>
        <translation>Sieh zu, wie ein GAN lernt, ganze Zahlen nach einem Muster zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="125"/>
        <source>Device: {0}</source>
        <translation>Gerät: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="136"/>
        <source>About PatternGAN</source>
        <translation>Über PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/background.py" line="48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../core/teaching/doctor.py" line="189"/>
        <source>G&apos;s loss log(1 - D(G(z))) rose towards 0: its gradient vanished</source>
        <translation>der Verlust von G, log(1 - D(G(z))), stieg gegen 0: sein Gradient verschwand</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="192"/>
        <source>G&apos;s loss -log D(G(z)) grew</source>
        <translation>der Verlust von G, -log D(G(z)), wuchs</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="193"/>
        <source>G&apos;s loss grew towards 0.5 (D scores every fake 0)</source>
        <translation>der Verlust von G wuchs gegen 0.5 (D bewertet jede Fälschung mit 0)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="194"/>
        <source>G&apos;s loss -D(G(z)) grew</source>
        <translation>der Verlust von G, -D(G(z)), wuchs</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="242"/>
        <source>Healthy: no sign of a failure (no reports yet).</source>
        <translation>Gesund: kein Anzeichen eines Fehlers (noch keine Berichte).</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="245"/>
        <source>Healthy: no sign of a failure (strict validity {0}, TV {1}, modes covered {2} at epoch {3}).</source>
        <translation>Gesund: kein Anzeichen eines Fehlers (strenge Gültigkeit {0}, TV {1}, abgedeckte Modi {2} in Epoche {3}).</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="321"/>
        <location filename="../../core/teaching/doctor.py" line="365"/>
        <source>Lower the learning rate (by 10x), use Adam instead of SGD with high momentum, or choose a preset.</source>
        <translation>Senke die Lernrate (auf ein Zehntel), nimm Adam statt SGD mit hohem Momentum oder wähle eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="327"/>
        <source>Diverged: {0}&apos;s loss exploded to {1} by epoch {2} ({3}x D&apos;s loss at chance or more; a BCE loss stops near 100 only because torch clips its log), so the weights are as good as infinite: G and D no longer learn.</source>
        <translation>Divergiert: Der Verlust von {0} ist bis Epoche {2} auf {1} explodiert ({3}-mal der Verlust von D beim Raten oder mehr; ein BCE-Verlust bleibt nur bei etwa 100 stehen, weil torch seinen Logarithmus begrenzt). Die Gewichte sind praktisch unendlich: G und D lernen nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="334"/>
        <source>Diverged: {0}&apos;s loss exploded to {1} by epoch {2} ({3}x D&apos;s loss at chance or more), so the weights are as good as infinite: G and D no longer learn.</source>
        <translation>Divergiert: Der Verlust von {0} ist bis Epoche {2} auf {1} explodiert ({3}-mal der Verlust von D beim Raten oder mehr). Die Gewichte sind praktisch unendlich: G und D lernen nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="352"/>
        <source>Diverged: {0}&apos;s loss became {1} by epoch {2}: a step was so large that a weight overflowed.</source>
        <translation>Divergiert: Der Verlust von {0} wurde bis Epoche {2} zu {1}: Ein Schritt war so groß, dass ein Gewicht übergelaufen ist.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="361"/>
        <source>The last report before it (epoch {0}) had D loss {1} and G loss {2}.</source>
        <translation>Der letzte Bericht davor (Epoche {0}) hatte D-Verlust {1} und G-Verlust {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="430"/>
        <source>D wins outright from epoch {0}: D&apos;s loss {1} is at its floor ({2} of the way from chance), {3} ({4} -&gt; {5} by epoch {6}), and strict validity is {7} (best before: {8}). G gets no useful gradient.</source>
        <translation>D gewinnt klar ab Epoche {0}: Der Verlust von D ({1}) ist an seinem Boden ({2} des Wegs vom Raten dorthin), {3} ({4} -&gt; {5} bis Epoche {6}), und die strenge Gültigkeit ist {7} (bisher bestens: {8}). G bekommt keinen brauchbaren Gradienten.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="437"/>
        <source>D wins outright from epoch {0}: D&apos;s loss {1} is at a wide real-fake gap ({2} of the way from chance), {3} ({4} -&gt; {5} by epoch {6}), and strict validity is {7} (best before: {8}). G gets no useful gradient.</source>
        <translation>D gewinnt klar ab Epoche {0}: Der Verlust von D ({1}) zeigt eine große Lücke zwischen echt und gefälscht ({2} des Wegs vom Raten), {3} ({4} -&gt; {5} bis Epoche {6}), und die strenge Gültigkeit ist {7} (bisher bestens: {8}). G bekommt keinen brauchbaren Gradienten.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="448"/>
        <source>Slow D down: a lower learning rate for D (or a higher one for G), one D step per G step, or a D with fewer weights.</source>
        <translation>Bremse D: eine kleinere Lernrate für D (oder eine größere für G), ein D-Schritt pro G-Schritt oder ein D mit weniger Gewichten.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="468"/>
        <source>Raise the learning rates (the set-up&apos;s are too small to move the weights), or train more epochs.</source>
        <translation>Erhöhe die Lernraten (die eingestellten sind zu klein, um die Gewichte zu bewegen) oder trainiere mehr Epochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/doctor.py" line="474"/>
        <source>No learning: over %n epoch(s) strict validity stayed {0} -&gt; {1} (never more than {2} away) and TV {3} -&gt; {4}.</source>
        <translation>
            <numerusform>Kein Lernen: In %Ln Epoche blieb die strenge Gültigkeit bei {0} -&gt; {1} (nie mehr als {2} davon entfernt) und TV bei {3} -&gt; {4}.</numerusform>
            <numerusform>Kein Lernen: In %Ln Epochen blieb die strenge Gültigkeit bei {0} -&gt; {1} (nie mehr als {2} davon entfernt) und TV bei {3} -&gt; {4}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="510"/>
        <source>Use a generator whose every head always has one largest value: the softmax or gumbel head (the &apos;default&apos; preset), or judge by strict validity, not book validity.</source>
        <translation>Nimm einen Generator, bei dem jeder Kopf immer genau einen größten Wert hat: den Softmax- oder Gumbel-Kopf (die Vorlage &apos;default&apos;), oder urteile nach der strengen Gültigkeit, nicht nach der Gültigkeit wie im Buch.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="515"/>
        <source>Undecided samples: from epoch {0}, {1} of G&apos;s numbers have a head with a tie (a ReLU head all zeros); argmax then reads index 0 of that head, a digit G never chose (the book&apos;s remainder 0: a multiple of five by accident): book validity {2}, strict validity {3}.</source>
        <translation>Unentschiedene Stichproben: Ab Epoche {0} haben {1} der Zahlen von G einen Kopf mit Gleichstand (ein ReLU-Kopf voller Nullen); argmax liest dann Index 0 dieses Kopfes, eine Ziffer, die G nie gewählt hat (im Buch der Rest 0: zufällig ein Vielfaches von fünf): Buch-Gültigkeit {2}, strenge Gültigkeit {3}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="555"/>
        <source>G covers only {0} of the {1} support values (best before: {2}); TV {3}</source>
        <translation>G deckt nur {0} der {1} Werte des Trägers ab (bisher bestens: {2}); TV {3}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="560"/>
        <source>G covers only {0} of the support (best before: {1}); TV {2}</source>
        <translation>G deckt nur {0} des Trägers ab (bisher bestens: {1}); TV {2}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="565"/>
        <source>a few values take most of G&apos;s numbers (TV {0}, modes covered {1})</source>
        <translation>wenige Werte stellen die meisten Zahlen von G (TV {0}, abgedeckte Modi {1})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="569"/>
        <source>G found a few numbers that fool D and stopped exploring: let D judge several numbers at once (pack, as the &apos;default&apos; preset does), keep noise in G&apos;s output (the gumbel head), or lower G&apos;s learning rate.</source>
        <translation>G hat ein paar Zahlen gefunden, die D täuschen, und sucht nicht weiter: Lass D mehrere Zahlen auf einmal beurteilen (Pack, wie die Vorlage &apos;default&apos;), behalte Rauschen in der Ausgabe von G (der Gumbel-Kopf) oder senke die Lernrate von G.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="575"/>
        <source>Mode collapse from epoch {0}: strict validity is {1} but {2}. At the end: {3} covered, TV {4}.</source>
        <translation>Moduskollaps ab Epoche {0}: Die strenge Gültigkeit ist {1}, aber {2}. Am Ende: {3} abgedeckt, TV {4}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="640"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="641"/>
        <source>strict validity</source>
        <translation>strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="642"/>
        <source>modes covered</source>
        <translation>abgedeckte Modi</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="643"/>
        <source>Lower the learning rates (or the momentum), or use a cosine schedule so the steps shrink towards the end.</source>
        <translation>Senke die Lernraten (oder das Momentum) oder nimm einen Kosinus-Verlauf, damit die Schritte zum Ende hin kleiner werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/doctor.py" line="648"/>
        <source>Oscillation from epoch {0}: between epochs {0} and {1} {2} swung between {3} and {4}, turning back %n time(s): G and D chase each other instead of settling.</source>
        <translation>
            <numerusform>Schwingung ab Epoche {0}: Zwischen den Epochen {0} und {1} schwankte {2} zwischen {3} und {4} und kehrte %Ln Mal um: G und D jagen einander, statt zur Ruhe zu kommen.</numerusform>
            <numerusform>Schwingung ab Epoche {0}: Zwischen den Epochen {0} und {1} schwankte {2} zwischen {3} und {4} und kehrte %Ln Mal um: G und D jagen einander, statt zur Ruhe zu kommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="17"/>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="18"/>
        <source>D wins</source>
        <translation>D gewinnt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="19"/>
        <source>no learning</source>
        <translation>kein Lernen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="20"/>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="21"/>
        <source>mode collapse</source>
        <translation>Moduskollaps</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="22"/>
        <source>oscillation</source>
        <translation>Schwingung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="23"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../core/engine/config.py" line="139"/>
        <source>{0}: at most {1} hidden layers, got {2}</source>
        <translation>{0}: höchstens {1} versteckte Schichten, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="163"/>
        <source>latent: {0} needs {1} GB of evaluation noise; at most {2} with {3} evaluation samples</source>
        <translation>latent: {0} braucht {1} GB Rauschen für die Auswertung; höchstens {2} bei {3} Stichproben zur Auswertung</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="173"/>
        <source>batch: {0} is not a multiple of pack ({1})</source>
        <translation>batch: {0} ist kein Vielfaches von pack ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="179"/>
        <source>range: the range cannot start below 0</source>
        <translation>range: Der Bereich kann nicht unter 0 beginnen</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="182"/>
        <source>range: the range must end after it starts</source>
        <translation>range: Der Bereich muss nach seinem Anfang enden</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="190"/>
        <source>pattern: {0}</source>
        <translation>Muster: {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="201"/>
        <source>codec: {0}</source>
        <translation>codec: {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="204"/>
        <source>codec: range {0} does not match the pattern&apos;s {1}</source>
        <translation>codec: Bereich {0} passt nicht zu dem des Musters ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="211"/>
        <source>loss: {0} needs a D that outputs a score, but with the book head D ends in a Sigmoid (a probability); choose the softmax or gumbel head, or minimax, nonsaturating or lsgan</source>
        <translation>loss: {0} braucht ein D, das eine Punktzahl ausgibt, aber mit dem Buch-Kopf endet D in einer Sigmoid-Funktion (einer Wahrscheinlichkeit); wähle den softmax- oder gumbel-Kopf oder minimax, nonsaturating oder lsgan</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="219"/>
        <source>loss: wgan-gp&apos;s gradient penalty needs real and fake in one D step; turn off the book&apos;s separate D steps</source>
        <translation>loss: Die Gradientenstrafe von wgan-gp braucht echt und gefälscht in einem D-Schritt; schalte die getrennten D-Schritte des Buchs aus</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="226"/>
        <source>noise: the gumbel head turns part of z into Gumbel noise and needs it normal</source>
        <translation>noise: Der gumbel-Kopf macht einen Teil von z zu Gumbel-Rauschen und braucht es normalverteilt</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="244"/>
        <source>{0}: widths as whole numbers separated by commas (64,64), got {1}</source>
        <translation>{0}: Breiten als ganze Zahlen mit Kommas getrennt (64,64), angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="249"/>
        <location filename="../../core/engine/config.py" line="255"/>
        <source>{0}: widths must be whole numbers, got {1}</source>
        <translation>{0}: Breiten müssen ganze Zahlen sein, angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="258"/>
        <source>{0}: widths must be a list of whole numbers, got {1}</source>
        <translation>{0}: Breiten müssen eine Liste ganzer Zahlen sein, angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="295"/>
        <source>{0}: must be a whole number, got {1}</source>
        <translation>{0}: muss eine ganze Zahl sein, angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="299"/>
        <location filename="../../core/engine/config.py" line="326"/>
        <source>{0}: must be at least {1}, got {2}</source>
        <translation>{0}: muss mindestens {1} sein, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="303"/>
        <location filename="../../core/engine/config.py" line="332"/>
        <source>{0}: must be at most {1}, got {2}</source>
        <translation>{0}: darf höchstens {1} sein, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="318"/>
        <source>{0}: must be a number, got {1}</source>
        <translation>{0}: muss eine Zahl sein, angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="321"/>
        <source>{0}: must be finite, got {1}</source>
        <translation>{0}: muss endlich sein, angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="323"/>
        <source>{0}: must be greater than {1}, got {2}</source>
        <translation>{0}: muss größer als {1} sein, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="329"/>
        <source>{0}: must be less than {1}, got {2}</source>
        <translation>{0}: muss kleiner als {1} sein, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="338"/>
        <source>{0}: must be one of {1}, got {2}</source>
        <translation>{0}: muss eines von {1} sein, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="62"/>
        <source>device cuda: CUDA is not available on this machine (torch {0}); choose cpu or auto</source>
        <translation>Gerät cuda: CUDA ist auf diesem Rechner nicht verfügbar (torch {0}); wähle cpu oder auto</translation>
    </message>
    <message>
        <location filename="../../core/engine/fast/book.py" line="119"/>
        <location filename="../../core/engine/trainer.py" line="147"/>
        <source>D&apos;s output became NaN at epoch {0}: training diverged; try a lower learning rate or another preset</source>
        <translation>Die Ausgabe von D wurde in Epoche {0} zu NaN: Das Training ist divergiert; versuche eine kleinere Lernrate oder eine andere Vorlage</translation>
    </message>
    <message>
        <location filename="../../core/engine/reports.py" line="198"/>
        <source>the {0} loss became {1} by epoch {2}: training diverged; try a lower learning rate or another preset</source>
        <translation>Der Verlust von {0} wurde bis Epoche {2} zu {1}: Das Training ist divergiert; versuche eine kleinere Lernrate oder eine andere Vorlage</translation>
    </message>
    <message>
        <location filename="../../core/engine/reports.py" line="242"/>
        <source>out of memory while evaluating a report; use fewer evaluation samples or a smaller latent size</source>
        <translation>Kein Speicher mehr beim Auswerten eines Berichts; nimm weniger Stichproben zur Auswertung oder eine kleinere latente Größe</translation>
    </message>
    <message>
        <location filename="../../core/engine/reports.py" line="251"/>
        <source>making a report failed: {0}: {1}</source>
        <translation>Ein Bericht konnte nicht erstellt werden: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/trainer.py" line="134"/>
        <source>the GPU ran out of memory at epoch {0}; use a smaller batch or the CPU</source>
        <translation>Der GPU ging in Epoche {0} der Speicher aus; nimm eine kleinere Batchgröße oder die CPU</translation>
    </message>
    <message>
        <location filename="../../core/engine/trainer.py" line="139"/>
        <source>out of memory at epoch {0}; use a smaller batch or latent size</source>
        <translation>Kein Speicher mehr in Epoche {0}; nimm eine kleinere Batchgröße oder latente Größe</translation>
    </message>
    <message>
        <location filename="../../core/engine/trainer.py" line="153"/>
        <source>training failed at epoch {0}: {1}</source>
        <translation>Das Training ist in Epoche {0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="66"/>
        <source>cannot write there: {0}</source>
        <translation>kann dort nicht schreiben: {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="74"/>
        <source>is a folder; choose a file name</source>
        <translation>ist ein Ordner; wähle einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="81"/>
        <source>is a symbolic link; choose the file itself</source>
        <translation>ist eine symbolische Verknüpfung; wähle die Datei selbst</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="89"/>
        <source>is not a regular file (a device or pipe)</source>
        <translation>ist keine normale Datei (ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="95"/>
        <source>the folder {0} does not exist</source>
        <translation>der Ordner {0} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="101"/>
        <source>the folder {0} is not writable</source>
        <translation>in den Ordner {0} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="131"/>
        <source>cannot save: {0}</source>
        <translation>kann nicht speichern: {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="231"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="235"/>
        <source>it is a Python pickle, not a TorchScript archive (refused: unpickling runs code)</source>
        <translation>es ist ein Python-Pickle, kein TorchScript-Archiv (abgelehnt: Entpickeln führt Code aus)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="242"/>
        <source>it is a PNG image, not a generator file</source>
        <translation>es ist ein PNG-Bild, keine Generator-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="249"/>
        <source>it holds unrecognised binary data, not a generator file (no zip header)</source>
        <translation>es enthält unbekannte Binärdaten, keine Generator-Datei (kein Zip-Kopf)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="255"/>
        <source>it is a text (JSON) file, not a generator file</source>
        <translation>es ist eine Textdatei (JSON), keine Generator-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="257"/>
        <source>it is a text file, not a generator file</source>
        <translation>es ist eine Textdatei, keine Generator-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="274"/>
        <source>is a folder, not a generator file</source>
        <translation>ist ein Ordner, keine Generator-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="277"/>
        <source>is over the {0} MiB limit for a generator file</source>
        <translation>ist größer als die Grenze von {0} MiB für eine Generator-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="289"/>
        <source>is over the size limit for a generator file</source>
        <translation>ist größer als die Grenze für eine Generator-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="300"/>
        <location filename="../../core/files/generator_read.py" line="310"/>
        <source>it is a truncated or damaged zip archive</source>
        <translation>es ist ein abgeschnittenes oder beschädigtes Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="318"/>
        <source>the archive has {0} members; a generator has few</source>
        <translation>das Archiv hat {0} Einträge; ein Generator hat wenige</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="325"/>
        <source>the archive unpacks to more than a generator could need</source>
        <translation>das Archiv entpackt sich zu mehr, als ein Generator brauchen kann</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="338"/>
        <source>the archive has two members with the same name</source>
        <translation>das Archiv hat zwei Einträge mit demselben Namen</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="345"/>
        <source>the archive has an encrypted member</source>
        <translation>das Archiv hat einen verschlüsselten Eintrag</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="352"/>
        <source>the archive uses a compression TorchScript never writes (a re-packed or crafted file)</source>
        <translation>das Archiv nutzt eine Kompression, die TorchScript nie schreibt (eine neu gepackte oder manipulierte Datei)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="364"/>
        <source>it is a zip archive, but not a PyTorch file</source>
        <translation>es ist ein Zip-Archiv, aber keine PyTorch-Datei</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="372"/>
        <source>it is a zip archive that holds no model</source>
        <translation>es ist ein Zip-Archiv ohne Modell</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="379"/>
        <source>it is a torch.save file (a state dict or pickled object), not a TorchScript generator; save the generator with torch.jit.script(G).save(...)</source>
        <translation>es ist eine torch.save-Datei (ein State-Dict oder gepickeltes Objekt), kein TorchScript-Generator; speichere den Generator mit torch.jit.script(G).save(...)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="437"/>
        <source>cannot be opened safely: {0}. It may run its own code when loaded; open it only if you trust where it came from (--trust)</source>
        <translation>lässt sich nicht sicher öffnen: {0}. Sie kann beim Laden eigenen Code ausführen; öffne sie nur, wenn du ihrer Herkunft vertraust (--trust)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="482"/>
        <source>its metadata is implausibly large</source>
        <translation>seine Metadaten sind unplausibel groß</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="491"/>
        <source>its metadata (patterngan.json) is not valid JSON</source>
        <translation>seine Metadaten (patterngan.json) sind kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="497"/>
        <source>its metadata is nested implausibly deep</source>
        <translation>seine Metadaten sind unplausibel tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="501"/>
        <source>its metadata is not PatternGAN&apos;s</source>
        <translation>seine Metadaten stammen nicht von PatternGAN</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="505"/>
        <source>it was saved in format {0}, newer than this app reads ({1})</source>
        <translation>es wurde im Format {0} gespeichert, neuer als diese App lesen kann ({1})</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="715"/>
        <source>it holds no layer with weights</source>
        <translation>es enthält keine Schicht mit Gewichten</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="92"/>
        <source>pattern {0}</source>
        <translation>Muster {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="145"/>
        <source>{0} has no number in [{1}, {2}): an empty support</source>
        <translation>{0} hat keine Zahl in [{1}, {2}): ein leerer Träger</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="160"/>
        <source>weights: longer than {0} characters</source>
        <translation>weights: länger als {0} Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="163"/>
        <source>weights: no values (e.g. weights:2=1,3=2,4=1)</source>
        <translation>weights: keine Werte (z. B. weights:2=1,3=2,4=1)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="170"/>
        <source>weights: {0} is not VALUE=WEIGHT</source>
        <translation>weights: {0} ist nicht WERT=GEWICHT</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="173"/>
        <source>weights: the weight of {0} must be 0 or more</source>
        <translation>weights: Das Gewicht von {0} muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="176"/>
        <source>weights: {0} is outside the range {1}..{2}</source>
        <translation>weights: {0} liegt außerhalb des Bereichs {1}..{2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="179"/>
        <source>weights: {0} is given twice</source>
        <translation>weights: {0} ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="183"/>
        <source>weights: every weight is 0: an empty support</source>
        <translation>weights: Jedes Gewicht ist 0: ein leerer Träger</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="196"/>
        <source>{0}: {1} must be an integer, got {2}</source>
        <translation>{0}: {1} muss eine ganze Zahl sein, angegeben: {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="199"/>
        <source>{0}: {1} must be &gt;= {2}, got {3}</source>
        <translation>{0}: {1} muss &gt;= {2} sein, angegeben: {3}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="214"/>
        <source>{0}: expected {1}</source>
        <translation>{0}: erwartet wird {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="231"/>
        <source>{0}: R must be smaller than K</source>
        <translation>{0}: R muss kleiner als K sein</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="276"/>
        <source>&apos;expr:&apos;: the expression is empty (e.g. expr:n % 3 == 1)</source>
        <translation>&apos;expr:&apos;: Der Ausdruck ist leer (z. B. expr:n % 3 == 1)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="281"/>
        <source>expression is longer than {0} characters</source>
        <translation>Ausdruck ist länger als {0} Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="286"/>
        <source>expression {0}: syntax error ({1})</source>
        <translation>Ausdruck {0}: Syntaxfehler ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="297"/>
        <source>expression {0}: unknown name {1} (only n)</source>
        <translation>Ausdruck {0}: unbekannter Name {1} (nur n)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="302"/>
        <source>expression {0}: only integer literals, got {1}</source>
        <translation>Ausdruck {0}: nur ganze Zahlen erlaubt, angegeben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="305"/>
        <source>expression {0}: literal {1} is too large</source>
        <translation>Ausdruck {0}: die Zahl {1} ist zu groß</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="309"/>
        <source>function calls</source>
        <translation>Funktionsaufrufe</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="310"/>
        <source>attribute access</source>
        <translation>Zugriff auf Attribute</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="311"/>
        <source>subscripts</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="312"/>
        <source>the ** operator</source>
        <translation>der Operator **</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="313"/>
        <source>&apos;/&apos; (use // for integer division)</source>
        <translation>&apos;/&apos; (nimm // für ganzzahlige Division)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="314"/>
        <source>lambdas</source>
        <translation>Lambdas</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="316"/>
        <source>expression {0}: {1} not allowed</source>
        <translation>Ausdruck {0}: {1} nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="338"/>
        <source>expression divides by zero at n = {0}</source>
        <translation>Ausdruck teilt durch null bei n = {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="348"/>
        <source>expression: numbers grow too large at n = {0}</source>
        <translation>Ausdruck: Die Zahlen werden zu groß bei n = {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/sweep.py" line="368"/>
        <source>the sweep failed at epoch {0}: {1}</source>
        <translation>Die Seed-Serie ist in Epoche {0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="107"/>
        <source>{0}: not a text file (lab files are UTF-8 TOML)</source>
        <translation>{0}: keine Textdatei (Labordateien sind UTF-8-TOML)</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="162"/>
        <source>not a lab file: its structure is nested far too deep</source>
        <translation>keine Labordatei: Ihre Struktur ist viel zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="174"/>
        <source>line {0}, key {1}: {2}</source>
        <translation>Zeile {0}, Schlüssel {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="177"/>
        <source>key {0}: {1}</source>
        <translation>Schlüssel {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="182"/>
        <source>unknown key (known: {0})</source>
        <translation>unbekannter Schlüssel (bekannt: {0})</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="196"/>
        <location filename="../../core/files/lab_file.py" line="214"/>
        <location filename="../../core/files/lab_file.py" line="289"/>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="199"/>
        <source>must be a short folder path on one line</source>
        <translation>muss ein kurzer Ordnerpfad in einer Zeile sein</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="203"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="207"/>
        <source>must be a table ([setup])</source>
        <translation>muss eine Tabelle sein ([setup])</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="211"/>
        <source>not a set-up field</source>
        <translation>kein Feld der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="230"/>
        <source>must be a table ([controls])</source>
        <translation>muss eine Tabelle sein ([controls])</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="236"/>
        <source>unknown key (known: locked, hidden)</source>
        <translation>unbekannter Schlüssel (bekannt: locked, hidden)</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="242"/>
        <source>must be a list of control names</source>
        <translation>muss eine Liste von Namen von Bedienelementen sein</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="273"/>
        <source>must be tables such as [translations.de]</source>
        <translation>müssen Tabellen sein, etwa [translations.de]</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="280"/>
        <source>a language is a two-letter code such as de or es</source>
        <translation>eine Sprache ist ein Code aus zwei Buchstaben, etwa de oder es</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="283"/>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="296"/>
        <source>must be a list of strings, in the lab&apos;s order</source>
        <translation>muss eine Liste von Texten sein, in der Reihenfolge des Labors</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="56"/>
        <source>codec range R must be an integer &gt;= 2, got {0}</source>
        <translation>Codec-Bereich R muss eine ganze Zahl &gt;= 2 sein, angegeben: {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="65"/>
        <source>codec range R={0} is larger than the maximum {1}</source>
        <translation>Codec-Bereich R={0} ist größer als das Maximum {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="78"/>
        <source>codec qr:M needs M &gt;= 2, got M={0}</source>
        <translation>Codec qr:M braucht M &gt;= 2, angegeben: M={0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="87"/>
        <source>codec qr:{0} has M larger than the range R={1}</source>
        <translation>Codec qr:{0} hat ein M, das größer ist als der Bereich R={1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="100"/>
        <source>codec onehot takes no M</source>
        <translation>Codec onehot nimmt kein M</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="107"/>
        <source>unknown codec kind {0} (expected qr or onehot)</source>
        <translation>unbekannte Codec-Art {0} (erwartet: qr oder onehot)</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="263"/>
        <source>codec {0}: M must be an integer, as in qr:5</source>
        <translation>Codec {0}: M muss eine ganze Zahl sein, wie in qr:5</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="272"/>
        <source>unknown codec {0} (expected auto, qr:M or onehot)</source>
        <translation>unbekannter Codec {0} (erwartet: auto, qr:M oder onehot)</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="154"/>
        <source>it is not a PatternGAN lab result</source>
        <translation>es ist kein Laborergebnis von PatternGAN</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="160"/>
        <source>it was saved in a newer result format</source>
        <translation>es wurde in einem neueren Ergebnisformat gespeichert</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="166"/>
        <source>a lab result holds exactly one run</source>
        <translation>ein Laborergebnis enthält genau einen Lauf</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="195"/>
        <source>it is not a PatternGAN lab result ({0})</source>
        <translation>es ist kein Laborergebnis von PatternGAN ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="199"/>
        <source>its result is malformed ({0})</source>
        <translation>sein Ergebnis ist fehlerhaft ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="202"/>
        <location filename="../../core/files/session_file.py" line="249"/>
        <source>it could not be read ({0})</source>
        <translation>es ließ sich nicht lesen ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="235"/>
        <source>a run&apos;s generator: {0}</source>
        <translation>Generator eines Laufs: {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="242"/>
        <source>it is not a PatternGAN session (a damaged zip)</source>
        <translation>es ist keine PatternGAN-Sitzung (ein beschädigtes Zip)</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="246"/>
        <source>its contents are malformed ({0})</source>
        <translation>sein Inhalt ist fehlerhaft ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="265"/>
        <source>its archive has duplicate or too many members</source>
        <translation>sein Archiv hat doppelte oder zu viele Einträge</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="270"/>
        <source>its archive has an encrypted member</source>
        <translation>sein Archiv hat einen verschlüsselten Eintrag</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="277"/>
        <source>it is not a PatternGAN session (no session.json)</source>
        <translation>es ist keine PatternGAN-Sitzung (keine session.json)</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="288"/>
        <source>session.json holds more tables and lists than a session</source>
        <translation>session.json enthält mehr Tabellen und Listen als eine Sitzung</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="296"/>
        <source>it is not a PatternGAN session</source>
        <translation>es ist keine PatternGAN-Sitzung</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="305"/>
        <source>its list of runs is malformed</source>
        <translation>seine Liste der Läufe ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="308"/>
        <source>it holds {0} runs; at most {1} expected</source>
        <translation>es enthält {0} Läufe; höchstens {1} erwartet</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="316"/>
        <source>a run&apos;s entry is malformed</source>
        <translation>der Eintrag eines Laufs ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="365"/>
        <source>its list of sweeps is malformed</source>
        <translation>seine Liste der Seed-Serien ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="377"/>
        <source>a sweep has more reports than a sweep can have</source>
        <translation>eine Seed-Serie hat mehr Berichte, als eine Seed-Serie haben kann</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="385"/>
        <source>a sweep has more seeds than a sweep can have</source>
        <translation>eine Seed-Serie hat mehr Seeds, als eine Seed-Serie haben kann</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="392"/>
        <source>more data than a session could hold</source>
        <translation>mehr Daten, als eine Sitzung enthalten kann</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="400"/>
        <source>a sweep&apos;s distributions do not match its range</source>
        <translation>die Verteilungen einer Seed-Serie passen nicht zu ihrem Bereich</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="415"/>
        <source>a sweep&apos;s report does not match its seeds</source>
        <translation>ein Bericht einer Seed-Serie passt nicht zu ihren Seeds</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="424"/>
        <source>a sweep&apos;s distributions do not match its seeds</source>
        <translation>die Verteilungen einer Seed-Serie passen nicht zu ihren Seeds</translation>
    </message>
    <message>
        <location filename="../../core/files/bundle.py" line="45"/>
        <source>{0}: not a folder</source>
        <translation>{0}: kein Ordner</translation>
    </message>
    <message>
        <location filename="../../core/files/bundle.py" line="51"/>
        <source>cannot write in {0}: {1}</source>
        <translation>kann nicht in {0} schreiben: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/bundle.py" line="66"/>
        <source>could not write the bundle in {0}: {1}</source>
        <translation>das Laufpaket konnte nicht in {0} geschrieben werden: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="54"/>
        <source>{0}: not a regular file</source>
        <translation>{0}: keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="59"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: lässt sich nicht lesen ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="92"/>
        <source>{0}: larger than {1} MB</source>
        <translation>{0}: größer als {1} MB</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="104"/>
        <source>{0}: not a text file (UTF-8)</source>
        <translation>{0}: keine Textdatei (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="123"/>
        <source>{0} line {1}: {2} is not a whole number (digits 0-9, an optional minus)</source>
        <translation>{0} Zeile {1}: {2} ist keine ganze Zahl (Ziffern 0-9, wahlweise ein Minus)</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="132"/>
        <source>{0} line {1}: {2} is outside 0..{3} (targets are non-negative integers)</source>
        <translation>{0} Zeile {1}: {2} liegt außerhalb von 0..{3} (Ziele sind nicht negative ganze Zahlen)</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="143"/>
        <source>{0}: no integers in it</source>
        <translation>{0}: enthält keine ganzen Zahlen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="24"/>
        <source>PatternGAN session (*.pgsession);;All files (*)</source>
        <translation>PatternGAN-Sitzung (*.pgsession);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="25"/>
        <source>PatternGAN lab result (*.pgresult);;All files (*)</source>
        <translation>PatternGAN-Laborergebnis (*.pgresult);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="60"/>
        <source>Export lab result</source>
        <translation>Laborergebnis exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="76"/>
        <source>The lab&apos;s results folder {0} does not exist</source>
        <translation>Der Ergebnisordner des Labors {0} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="107"/>
        <source>Could not export the lab result</source>
        <translation>Das Laborergebnis konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="111"/>
        <source>Exported the lab result to {0}</source>
        <translation>Laborergebnis exportiert nach {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="134"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="136"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="158"/>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="161"/>
        <source>Exported the report to {0}</source>
        <translation>Bericht exportiert nach {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="169"/>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="489"/>
        <source>Training %n run(s) again...</source>
        <translation>
            <numerusform>Trainiere %Ln Lauf erneut …</numerusform>
            <numerusform>Trainiere %Ln Läufe erneut …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="215"/>
        <source>Opening results cancelled</source>
        <translation>Öffnen der Ergebnisse abgebrochen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="223"/>
        <source>{0}: goals {1}/{2}</source>
        <translation>{0}: Ziele {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="226"/>
        <source>({0}: its goals do not count)</source>
        <translation>({0}: seine Ziele zählen nicht)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="229"/>
        <source>(made with another lab)</source>
        <translation>(mit einem anderen Labor gemacht)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="231"/>
        <source>(not verified)</source>
        <translation>(nicht bestätigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="242"/>
        <source>%n file(s) left out: the runs opened hold {0} GB already</source>
        <translation>
            <numerusform>%Ln Datei ausgelassen: Die geöffneten Läufe belegen schon {0} GB</numerusform>
            <numerusform>%Ln Dateien ausgelassen: Die geöffneten Läufe belegen schon {0} GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="249"/>
        <source>
... and %n more</source>
        <translation>
            <numerusform>
… und %Ln weitere</numerusform>
            <numerusform>
… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="251"/>
        <source>Some results could not be opened</source>
        <translation>Einige Ergebnisse konnten nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="262"/>
        <source>Open class folder</source>
        <translation>Klassenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="276"/>
        <source>Reading the results in {0}...</source>
        <translation>Lese die Ergebnisse in {0} …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="280"/>
        <source>Opening the class folder cancelled</source>
        <translation>Öffnen des Klassenordners abgebrochen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="283"/>
        <source>Could not open the class folder</source>
        <translation>Der Klassenordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="327"/>
        <source>{0} labs name this folder ({1})</source>
        <translation>{0} Labore nennen diesen Ordner ({1})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="345"/>
        <source>Every student&apos;s lab result at once</source>
        <translation>Die Laborergebnisse aller Schüler auf einmal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="402"/>
        <source>Saved %n run(s) to {0}</source>
        <translation>
            <numerusform>%Ln Lauf in {0} gespeichert</numerusform>
            <numerusform>%Ln Läufe in {0} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="457"/>
        <source>Opened {0} and {1} from {2}{3}</source>
        <translation>{0} und {1} aus {2} geöffnet{3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="458"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="459"/>
        <source>%n sweep(s)</source>
        <translation>
            <numerusform>%Ln Seed-Serie</numerusform>
            <numerusform>%Ln Seed-Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="464"/>
        <source>Opened %n run(s) from {0}{1}</source>
        <translation>
            <numerusform>%Ln Lauf aus {0} geöffnet{1}</numerusform>
            <numerusform>%Ln Läufe aus {0} geöffnet{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="483"/>
        <source>Stop the training first: the rerun needs the processor</source>
        <translation>Halte zuerst das Training an: Das erneute Trainieren braucht den Prozessor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="494"/>
        <source>Rerun cancelled</source>
        <translation>Erneutes Trainieren abgebrochen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="498"/>
        <source>Rerun: {0} of {1} reproduced</source>
        <translation>Erneut trainiert: {0} von {1} reproduziert</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="363"/>
        <source>Export the class table</source>
        <translation>Die Klassentabelle exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="210"/>
        <source>Reading %n result(s)...</source>
        <translation>
            <numerusform>Lese %Ln Ergebnis …</numerusform>
            <numerusform>Lese %Ln Ergebnisse …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="255"/>
        <source>Opened %n result(s)</source>
        <translation>
            <numerusform>%Ln Ergebnis geöffnet</numerusform>
            <numerusform>%Ln Ergebnisse geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="293"/>
        <source>Opened %n result(s) from {0}</source>
        <translation>
            <numerusform>%Ln Ergebnis aus {0} geöffnet</numerusform>
            <numerusform>%Ln Ergebnisse aus {0} geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="367"/>
        <source>Could not export the class table</source>
        <translation>Die Klassentabelle konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="377"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="395"/>
        <source>Could not save the session</source>
        <translation>Die Sitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="412"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="436"/>
        <source>Reading {0}...</source>
        <translation>Lese {0} …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="443"/>
        <source>Could not open the session</source>
        <translation>Die Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="33"/>
        <source>PatternGAN generator (*.pt);;All files (*)</source>
        <translation>PatternGAN-Generator (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="80"/>
        <source>Open generator</source>
        <translation>Generator öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="103"/>
        <source>Checking {0}...</source>
        <translation>Prüfe {0} …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="107"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="120"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="116"/>
        <source>Loading {0}...</source>
        <translation>Lade {0} …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="123"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="126"/>
        <source>Could not open the generator</source>
        <translation>Der Generator konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="443"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: codec {1} (R = {2}), latent size {3}, {4} generator</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: Codec {1} (R = {2}), Rauschgröße {3}, Generator {4}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="453"/>
        <source>, {0} epochs of preset {1}</source>
        <translation>, {0} Epochen der Vorlage {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="457"/>
        <source>; &lt;b&gt;trusted&lt;/b&gt;: its code ran</source>
        <translation>; &lt;b&gt;vertraut&lt;/b&gt;: sein Code wurde ausgeführt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="459"/>
        <source>; opened safely</source>
        <translation>; sicher geöffnet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="461"/>
        <source>. In Python, as the chapter does: &lt;code&gt;{0}&lt;/code&gt;</source>
        <translation>. In Python, wie im Kapitel: &lt;code&gt;{0}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="137"/>
        <source>Opened {0}; the lab keeps its {1} (F5 trains the lab&apos;s task, not the file&apos;s)</source>
        <translation>{0} geöffnet; das Labor behält seine Werte für: {1} (F5 trainiert die Aufgabe des Labors, nicht die der Datei)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="143"/>
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="166"/>
        <source>; the lab keeps its {0} (F5 trains the lab&apos;s task)</source>
        <translation>; das Labor behält seine Werte für: {0} (F5 trainiert die Aufgabe des Labors)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="182"/>
        <source>Save generator</source>
        <translation>Generator speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="196"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="227"/>
        <source>Could not save the generator</source>
        <translation>Der Generator konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="200"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="305"/>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="210"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="251"/>
        <source>Save run #{0}</source>
        <translation>Lauf #{0} speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="235"/>
        <source>Saved run #{0} as {1}</source>
        <translation>Lauf #{0} als {1} gespeichert</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="264"/>
        <source>Export plots</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="266"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="271"/>
        <source>Could not export the plots</source>
        <translation>Die Diagramme konnten nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="272"/>
        <source>{0}: the picture could not be written</source>
        <translation>{0}: Das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="281"/>
        <source>Export metrics</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="285"/>
        <source>Could not export the metrics</source>
        <translation>Die Messwerte konnten nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="291"/>
        <source>Save samples as CSV</source>
        <translation>Stichproben als CSV speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="295"/>
        <source>Could not save the samples</source>
        <translation>Die Stichproben konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="322"/>
        <source>Export run bundle as a new folder</source>
        <translation>Laufpaket als neuen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="324"/>
        <source>Folder (*)</source>
        <translation>Ordner (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="357"/>
        <source>Could not export the run bundle</source>
        <translation>Das Laufpaket konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="360"/>
        <source>Exported the run bundle to {0}</source>
        <translation>Laufpaket exportiert nach {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="470"/>
        <source>Run #{0} of this window: epoch {1}, preset {2}, codec {3}. In Python, as the chapter does: &lt;code&gt;{4}&lt;/code&gt; then &lt;code&gt;{5}&lt;/code&gt;</source>
        <translation>Lauf #{0} dieses Fensters: Epoche {1}, Vorlage {2}, Codec {3}. In Python, wie im Kapitel: &lt;code&gt;{4}&lt;/code&gt;, dann &lt;code&gt;{5}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="476"/>
        <source>Run #{0} of this window: epoch {1}, preset {2}, codec {3}. In Python, as the chapter does, once saved: &lt;code&gt;{4}&lt;/code&gt; then &lt;code&gt;{5}&lt;/code&gt;</source>
        <translation>Lauf #{0} dieses Fensters: Epoche {1}, Vorlage {2}, Codec {3}. In Python, wie im Kapitel, sobald gespeichert: &lt;code&gt;{4}&lt;/code&gt;, dann &lt;code&gt;{5}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="419"/>
        <source>Raw values are kept for draws of up to {0} sequences; draw fewer to inspect one.</source>
        <translation>Rohwerte werden für Ziehungen bis zu {0} Folgen behalten; ziehe weniger, um eine zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="22"/>
        <source>PatternGAN lab (*.toml);;All files (*)</source>
        <translation>PatternGAN-Labor (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="36"/>
        <source>Open lab</source>
        <translation>Labor öffnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="54"/>
        <source>Could not open the lab</source>
        <translation>Das Labor konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="57"/>
        <source>Opened the lab {0}</source>
        <translation>Labor {0} geöffnet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="79"/>
        <source>Cannot save a lab</source>
        <translation>Labor kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="80"/>
        <source>invalid set-up</source>
        <translation>ungültige Einstellungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="91"/>
        <source>Save lab</source>
        <translation>Labor speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="106"/>
        <source>Could not save the lab</source>
        <translation>Das Labor konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="108"/>
        <source>Saved the lab {0}</source>
        <translation>Labor {0} gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/recovery.py" line="271"/>
        <source>(%n more after it)</source>
        <translation>
            <numerusform>(danach noch %Ln)</numerusform>
            <numerusform>(danach noch %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="272"/>
        <source>Runs were kept when PatternGAN was stopped: File &gt; Open recovered session... ({0})</source>
        <translation>Als PatternGAN beendet wurde, wurden Läufe aufbewahrt: Datei &gt; Wiederhergestellte Sitzung öffnen … ({0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="277"/>
        <source>PatternGAN was stopped with unsaved work, kept in {0}. Open it now?</source>
        <translation>PatternGAN wurde mit ungesicherter Arbeit beendet, aufbewahrt in {0}. Jetzt öffnen?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="282"/>
        <source>Recovered work</source>
        <translation>Wiederhergestellte Arbeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="300"/>
        <source>There is no recovered session</source>
        <translation>Es gibt keine wiederhergestellte Sitzung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="325"/>
        <source>The recovered lab could not be read: {0}</source>
        <translation>Das wiederhergestellte Labor konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="56"/>
        <source>Cannot start the sweep</source>
        <translation>Die Seed-Serie kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="70"/>
        <source>The sweep stopped</source>
        <translation>Die Seed-Serie wurde angehalten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="93"/>
        <source>Sweep finished: kept in the Runs tab</source>
        <translation>Seed-Serie fertig: im Reiter Läufe aufbewahrt</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="11"/>
        <source>&lt;h2&gt;How PatternGAN works&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;So funktioniert PatternGAN&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="15"/>
        <source>&lt;h3&gt;Numbers a network can read&lt;/h3&gt; &lt;p&gt;A network cannot nudge 15 into 20: it adjusts values by small amounts. So each integer is written as &lt;i&gt;one-hot&lt;/i&gt; choices. The book&apos;s &lt;b&gt;qr:5&lt;/b&gt; codec writes n = 5 &amp;times; quotient + remainder: a 20-value one-hot for the quotient followed by a 5-value one-hot for the remainder, 25 values in all. 75 is quotient 15, remainder 0. The &lt;b&gt;one-hot&lt;/b&gt; codec uses a single choice among all R integers. To read a generated vector back, each head&apos;s largest value (its &lt;i&gt;argmax&lt;/i&gt;) is taken.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zahlen, die ein Netz lesen kann&lt;/h3&gt; &lt;p&gt;Ein Netz kann 15 nicht zu 20 schubsen: Es verändert Werte in kleinen Schritten. Deshalb wird jede ganze Zahl als &lt;i&gt;One-hot&lt;/i&gt;-Auswahl geschrieben. Der &lt;b&gt;qr:5&lt;/b&gt;-Codec des Buchs schreibt n = 5 &amp;times; Quotient + Rest: ein One-hot mit 20 Werten für den Quotienten, dann ein One-hot mit 5 Werten für den Rest, zusammen 25 Werte. 75 ist Quotient 15, Rest 0. Der &lt;b&gt;one-hot&lt;/b&gt;-Codec wählt einfach eine von allen R ganzen Zahlen. Um einen erzeugten Vektor zurückzulesen, nimmt man in jedem Kopf den größten Wert (sein &lt;i&gt;argmax&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="25"/>
        <source>&lt;h3&gt;Two networks, three steps&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;generator G&lt;/b&gt; turns random noise z into a vector. The &lt;b&gt;discriminator D&lt;/b&gt; looks at a vector and says how likely it is to be real. Every epoch (one batch):&lt;/p&gt; &lt;ol&gt; &lt;li&gt;&lt;b&gt;D on real&lt;/b&gt;: D sees real numbers from the pattern and learns to say &quot;real&quot; (label 1).&lt;/li&gt; &lt;li&gt;&lt;b&gt;D on fake&lt;/b&gt;: D sees G&apos;s numbers and learns to say &quot;fake&quot; (label 0).&lt;/li&gt; &lt;li&gt;&lt;b&gt;G&lt;/b&gt;: G changes so that D would call its numbers real.&lt;/li&gt; &lt;/ol&gt; &lt;p&gt;The better presets do steps 1 and 2 together, as most GAN code does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zwei Netze, drei Schritte&lt;/h3&gt; &lt;p&gt;Der &lt;b&gt;Generator G&lt;/b&gt; macht aus zufälligem Rauschen z einen Vektor. Der &lt;b&gt;Diskriminator D&lt;/b&gt; schaut einen Vektor an und sagt, wie wahrscheinlich er echt ist. In jeder Epoche (ein Batch):&lt;/p&gt; &lt;ol&gt; &lt;li&gt;&lt;b&gt;D mit echten Zahlen&lt;/b&gt;: D sieht echte Zahlen aus dem Muster und lernt „echt“ zu sagen (Label 1).&lt;/li&gt; &lt;li&gt;&lt;b&gt;D mit gefälschten Zahlen&lt;/b&gt;: D sieht die Zahlen von G und lernt „gefälscht“ zu sagen (Label 0).&lt;/li&gt; &lt;li&gt;&lt;b&gt;G&lt;/b&gt;: G ändert sich so, dass D seine Zahlen für echt halten würde.&lt;/li&gt; &lt;/ol&gt; &lt;p&gt;Die besseren Vorlagen machen Schritt 1 und 2 zusammen, wie die meisten GAN-Programme.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="35"/>
        <source>&lt;h3&gt;What the numbers mean&lt;/h3&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Decisive&lt;/b&gt;: every head has a single largest value. The book&apos;s G ends in ReLU, so a head is often all zeros; argmax then picks index 0, and the number looks like a multiple of five by accident. Such samples are &lt;i&gt;undecided&lt;/i&gt; (marked with a ?).&lt;/li&gt; &lt;li&gt;&lt;b&gt;Strict validity&lt;/b&gt;: the share of samples that are decisive and follow the pattern. &lt;b&gt;Book validity&lt;/b&gt; counts argmax alone, as the chapter does.&lt;/li&gt; &lt;li&gt;&lt;b&gt;TV distance&lt;/b&gt;: how far the generated distribution is from &quot;every number of the pattern equally often&quot; (0 = identical, 1 = nothing in common); undecided samples count as an outcome of their own. &lt;b&gt;JS divergence&lt;/b&gt; measures the same gap in bits.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Modes covered&lt;/b&gt;: how many of the pattern&apos;s numbers appear at least once in 10,000 samples. A generator that always says 25 is valid but covers one mode: that is &lt;i&gt;mode collapse&lt;/i&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;D&apos;s view&lt;/b&gt;: D&apos;s &quot;real&quot; probability for every integer. Early on it is high exactly on the pattern; as G catches up it flattens towards 0.5.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Was die Zahlen bedeuten&lt;/h3&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Eindeutig&lt;/b&gt;: Jeder Kopf hat genau einen größten Wert. Das G des Buchs endet mit ReLU, deshalb ist ein Kopf oft ganz null; argmax wählt dann Index 0, und die Zahl sieht zufällig wie ein Vielfaches von fünf aus. Solche Stichproben sind &lt;i&gt;unentschieden&lt;/i&gt; (mit ? markiert).&lt;/li&gt; &lt;li&gt;&lt;b&gt;Strenge Gültigkeit&lt;/b&gt;: der Anteil der Stichproben, die eindeutig sind und dem Muster folgen. &lt;b&gt;Buch-Gültigkeit&lt;/b&gt; zählt nur argmax, wie das Kapitel.&lt;/li&gt; &lt;li&gt;&lt;b&gt;TV-Abstand&lt;/b&gt;: wie weit die erzeugte Verteilung von „jede Zahl des Musters gleich oft“ entfernt ist (0 = gleich, 1 = nichts gemeinsam); unentschiedene Stichproben zählen als eigenes Ergebnis. Die &lt;b&gt;JS-Divergenz&lt;/b&gt; misst denselben Abstand in Bit.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Abgedeckte Modi&lt;/b&gt;: wie viele Zahlen des Musters in 10.000 Stichproben mindestens einmal vorkommen. Ein Generator, der immer 25 sagt, ist gültig, deckt aber nur einen Modus ab: Das ist ein &lt;i&gt;Moduskollaps&lt;/i&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Sicht von D&lt;/b&gt;: die Wahrscheinlichkeit „echt“, die D jeder ganzen Zahl gibt. Am Anfang ist sie genau auf dem Muster hoch; wenn G aufholt, wird sie flacher, hin zu 0,5.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="52"/>
        <source>&lt;h3&gt;Presets&lt;/h3&gt; &lt;p&gt;&lt;b&gt;book&lt;/b&gt; is the chapter exactly. &lt;b&gt;default&lt;/b&gt; gives G a noise-driven choice per head (Gumbel-softmax, straight-through) and D a hidden layer that judges 16 samples at once (PacGAN), which avoids both traps above. &lt;b&gt;collapse&lt;/b&gt; shows mode collapse on purpose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vorlagen&lt;/h3&gt; &lt;p&gt;&lt;b&gt;book&lt;/b&gt; ist genau das Kapitel. &lt;b&gt;default&lt;/b&gt; gibt G pro Kopf eine vom Rauschen gesteuerte Wahl (Gumbel-Softmax, straight-through) und D eine versteckte Schicht, die 16 Stichproben auf einmal beurteilt (PacGAN); so vermeidet es beide Fallen oben. &lt;b&gt;collapse&lt;/b&gt; zeigt absichtlich einen Moduskollaps.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="86"/>
        <source>the unique maximum: argmax</source>
        <translation>das eindeutige Maximum: argmax</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="88"/>
        <source>a shared maximum ({0})</source>
        <translation>ein geteiltes Maximum ({0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="103"/>
        <source>Inspector views</source>
        <translation>Ansichten des Inspektors</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="113"/>
        <source>Type a number, or click one on the distribution or D&apos;s view</source>
        <translation>Gib eine Zahl ein oder klicke eine in der Verteilung oder der Sicht von D an</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="116"/>
        <source>Integer to encode</source>
        <translation>Zu kodierende ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="118"/>
        <source>&amp;Integer:</source>
        <translation>Ganze Zahl:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="127"/>
        <source>Generated numbers: train, step or sample first.</source>
        <translation>Erzeugte Zahlen: Trainiere, gehe einen Schritt oder ziehe zuerst Stichproben.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="140"/>
        <source>What decoding made of it</source>
        <translation>Was die Dekodierung daraus gemacht hat</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="143"/>
        <source>Head values</source>
        <translation>Werte der Köpfe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="148"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="155"/>
        <source>Maths</source>
        <translation>Mathematik</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="151"/>
        <source>The last step&apos;s maths</source>
        <translation>Die Mathematik des letzten Schritts</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="224"/>
        <source>undecided: click to see why</source>
        <translation>unentschieden: klicke, um zu sehen, warum</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="226"/>
        <source>click to see its heads</source>
        <translation>klicke, um seine Köpfe zu sehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="232"/>
        <source>G&apos;s numbers at epoch {0} (click one; &apos;?&apos; = undecided):</source>
        <translation>Zahlen von G in Epoche {0} (klicke eine an; &apos;?&apos; = unentschieden):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="235"/>
        <source>{0} (click one; &apos;?&apos; = undecided):</source>
        <translation>{0} (klicke eine an; &apos;?&apos; = unentschieden):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="267"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; (decisive): {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (eindeutig): {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="269"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; (&lt;b&gt;undecided&lt;/b&gt;): {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (&lt;b&gt;unentschieden&lt;/b&gt;): {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="283"/>
        <source>{0} encoded</source>
        <translation>{0} kodiert</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="286"/>
        <source>G&apos;s {0}</source>
        <translation>{0} von G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="19"/>
        <source>quotient</source>
        <translation>Quotient</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="20"/>
        <source>remainder</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="21"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="41"/>
        <source>contains NaN</source>
        <translation>enthält NaN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="45"/>
        <source>unique maximum {0} at index {1}</source>
        <translation>eindeutiges Maximum {0} bei Index {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="48"/>
        <source>all zeros</source>
        <translation>nur Nullen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="50"/>
        <source>tie at {0} between indices {1}</source>
        <translation>Gleichstand bei {0} zwischen den Indizes {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="58"/>
        <source>{0} head: {1}</source>
        <translation>Kopf {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="60"/>
        <source>{0} head: {1}, so argmax gives {2}</source>
        <translation>Kopf {0}: {1}, also liefert argmax {2}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="63"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="65"/>
        <source>Every head has a unique maximum: the generator really said {0}.</source>
        <translation>Jeder Kopf hat ein eindeutiges Maximum: Der Generator hat wirklich {0} gesagt.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="69"/>
        <source>Not decisive: argmax alone reads {0}, but that number was not chosen by the generator.</source>
        <translation>Nicht eindeutig: argmax allein liest {0}, aber diese Zahl hat der Generator nicht gewählt.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="78"/>
        <source>An all-zero remainder head gives remainder 0, so the number looks like a multiple of {0} by accident: the book counts it as valid.</source>
        <translation>Ein Rest-Kopf aus lauter Nullen ergibt den Rest 0, darum sieht die Zahl zufällig wie ein Vielfaches von {0} aus: Das Buch zählt sie als gültig.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="91"/>
        <source>{0} = {1} x {2} + {3}: quotient one-hot has a 1 at index {1} of {4}, remainder one-hot a 1 at index {3} of {2} ({5} values in all).</source>
        <translation>{0} = {1} x {2} + {3}: Der Quotient (One-hot) hat eine 1 bei Index {1} von {4}, der Rest (One-hot) eine 1 bei Index {3} von {2} ({5} Werte insgesamt).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="97"/>
        <source>{0}: a single one-hot of {1} values with its 1 at index {0}.</source>
        <translation>{0}: ein einziger One-hot-Vektor aus {1} Werten mit seiner 1 bei Index {0}.</translation>
    </message>
</context>
<context>
    <name>Judge</name>
    <message>
        <location filename="../../core/teaching/judge.py" line="137"/>
        <source>strict validity</source>
        <translation>strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="138"/>
        <source>book validity</source>
        <translation>Buch-Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="139"/>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="140"/>
        <source>tv</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="141"/>
        <source>js bits</source>
        <translation>JS (Bit)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="142"/>
        <source>modes covered</source>
        <translation>abgedeckte Modi</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="159"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="160"/>
        <source>at epoch {0}</source>
        <translation>in Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="171"/>
        <source>its report rows do not match its curves&apos; epochs</source>
        <translation>seine Berichtszeilen passen nicht zu den Epochen seiner Kurven</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="174"/>
        <source>its curves&apos; epochs do not increase</source>
        <translation>die Epochen seiner Kurven steigen nicht an</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="176"/>
        <source>its curves go to epoch {0}, past the {1} epochs its set-up trains</source>
        <translation>seine Kurven reichen bis Epoche {0}, über die {1} Epochen seiner Einstellungen hinaus</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="186"/>
        <source>its {0} curve differs from its report rows</source>
        <translation>seine Kurve {0} weicht von seinen Berichtszeilen ab</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="196"/>
        <source>its last report differs from its last kept snapshot</source>
        <translation>sein letzter Bericht weicht von seiner letzten Momentaufnahme ab</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="202"/>
        <source>its generator was saved with another set-up than the run records</source>
        <translation>sein Generator wurde mit anderen Einstellungen gespeichert, als der Lauf festhält</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="208"/>
        <source>its generator says it trained {0} epochs, its curves end at epoch {1}</source>
        <translation>sein Generator gibt {0} trainierte Epochen an, seine Kurven enden in Epoche {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="228"/>
        <source>its copy of the lab cannot be read, so its goals cannot be checked</source>
        <translation>seine Kopie des Labors lässt sich nicht lesen, daher lassen sich seine Ziele nicht prüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/judge.py" line="236"/>
        <source>it claims %n goal(s) not among its lab&apos;s {0} ({1})</source>
        <translation>
            <numerusform>es gibt %Ln Ziel an, das nicht unter den {0} seines Labors ist ({1})</numerusform>
            <numerusform>es gibt %Ln Ziele an, die nicht unter den {0} seines Labors sind ({1})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="249"/>
        <source> (after its last epoch, {0})</source>
        <translation> (nach seiner letzten Epoche, {0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="251"/>
        <source>goal {0} claims to be met {1}{2}; its curves meet it {3}</source>
        <translation>Ziel {0} soll {1} erreicht sein{2}; seine Kurven erreichen es {3}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="294"/>
        <source>it claims a final {0} of {1}; its last report says {2}</source>
        <translation>es gibt als Endwert {0} = {1} an; sein letzter Bericht sagt {2}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="299"/>
        <source>it carries no generator, so its final numbers cannot be measured</source>
        <translation>es enthält keinen Generator, daher lassen sich seine Endwerte nicht messen</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="305"/>
        <source>its generator does not fit the set-up its run records</source>
        <translation>sein Generator passt nicht zu den Einstellungen, die sein Lauf festhält</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="316"/>
        <source>its last report&apos;s {0} ({1}) is not what its generator gives ({2}, within {3})</source>
        <translation>{0} im letzten Bericht ({1}) ist nicht, was sein Generator ergibt ({2}, Toleranz {3})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="334"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="342"/>
        <source>a prediction claims to be sealed but was typed at epoch {0}</source>
        <translation>eine Vorhersage gibt an, versiegelt zu sein, wurde aber in Epoche {0} eingegeben</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="348"/>
        <source>a prediction claims to be sealed but its run sealed none</source>
        <translation>eine Vorhersage gibt an, versiegelt zu sein, aber sein Lauf hat keine versiegelt</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="353"/>
        <source>a sealed prediction differs from the one its run recorded</source>
        <translation>eine versiegelte Vorhersage weicht von der ab, die sein Lauf festhält</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="375"/>
        <source>what it says about following its lab is not what its run shows</source>
        <translation>was es über das Befolgen seines Labors sagt, zeigt sein Lauf nicht</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="383"/>
        <source>judged against the lab inside the file: no teacher&apos;s lab was given</source>
        <translation>am Labor in der Datei geprüft: Kein Labor der Lehrkraft wurde angegeben</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="393"/>
        <source>made with another lab (&apos;{0}&apos;): its {1} differ</source>
        <translation>mit einem anderen Labor erstellt („{0}“): Abweichend sind: {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="396"/>
        <source>made with a lab that cannot be read</source>
        <translation>mit einem Labor erstellt, das sich nicht lesen lässt</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="405"/>
        <source>off the lab: its {0} differs from the lab&apos;s (its goals do not count)</source>
        <translation>nicht nach Labor: {0} weicht vom Labor ab (seine Ziele zählen nicht)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="409"/>
        <source>off the lab: its {0} differ from the lab&apos;s (its goals do not count)</source>
        <translation>nicht nach Labor: {0} weichen vom Labor ab (seine Ziele zählen nicht)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="415"/>
        <source>not verified: {0}</source>
        <translation>nicht bestätigt: {0}</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="67"/>
        <source>Lab instructions</source>
        <translation>Anleitung des Labors</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="74"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="77"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="86"/>
        <source>Goals and questions</source>
        <translation>Ziele und Fragen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="97"/>
        <source>_This lab has no instructions._</source>
        <translation>_Dieses Labor hat keine Anleitung._</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="123"/>
        <source>(a prediction: before F5)</source>
        <translation>(eine Vorhersage: vor F5)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="164"/>
        <source>met at epoch {0}</source>
        <translation>erreicht bei Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="193"/>
        <source>Answered before training started: sealed with the run</source>
        <translation>Vor dem Training beantwortet: mit dem Lauf versiegelt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="198"/>
        <source>This run began before a prediction was given: what you type now is kept as an answer after the run, with the epoch you typed it at</source>
        <translation>Dieser Lauf begann, bevor eine Vorhersage gegeben wurde: Was du jetzt eingibst, wird als Antwort nach dem Lauf gespeichert, mit der Epoche, in der du es eingegeben hast</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="205"/>
        <source>after the run: not counted as a prediction</source>
        <translation>nach dem Lauf: zählt nicht als Vorhersage</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="195"/>
        <source>locked: a prediction is made before F5</source>
        <translation>gesperrt: eine Vorhersage macht man vor F5</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="110"/>
        <source>Locked and hidden controls</source>
        <translation>Gesperrte und verborgene Bedienelemente</translation>
    </message>
    <message>
        <location filename="../../core/teaching/lab.py" line="99"/>
        <source>off-lab: {0} differs</source>
        <translation>nicht nach Labor: {0} weicht ab</translation>
    </message>
    <message>
        <location filename="../../core/teaching/lab.py" line="101"/>
        <source>off-lab: {0} differ</source>
        <translation>nicht nach Labor: {0} weichen ab</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="48"/>
        <source>Save set-up as lab</source>
        <translation>Einstellungen als Labor speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="54"/>
        <source>e.g. Lab 1: where do the multiples of five come from?</source>
        <translation>z. B. Labor 1: Woher kommen die Vielfachen von fünf?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="59"/>
        <source>&amp;Instructions the student sees (Markdown):</source>
        <translation>&amp;Anleitung, die die Schüler sehen (Markdown):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="63"/>
        <source>1. Press F5 and watch the Quality plot...</source>
        <translation>1. Drücke F5 und beobachte das Diagramm Qualität …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="70"/>
        <source>Controls (the current set-up values are saved with the lab)</source>
        <translation>Regler (die aktuellen Werte der Einstellungen werden mit dem Labor gespeichert)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="77"/>
        <source>Control</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="78"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="79"/>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="96"/>
        <source>{0} locked</source>
        <translation>{0} gesperrt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="98"/>
        <source>{0} hidden</source>
        <translation>{0} versteckt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="115"/>
        <source>Check before class: trains the set-up over 8 seeds and says, per goal, how many reach it and when (written by hand in the file: [[goals]]).</source>
        <translation>Vor dem Unterricht prüfen: trainiert die Einstellungen mit 8 Seeds und sagt je Ziel, wie viele es erreichen und wann (von Hand in der Datei geschrieben: [[goals]]).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="127"/>
        <source>epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="132"/>
        <source>C&amp;heck over 8 seeds</source>
        <translation>Mit 8 Seeds &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="135"/>
        <source>patterngan lab check, here: each goal&apos;s seeds and median epoch</source>
        <translation>patterngan lab check, hier: die Seeds und die mittlere Epoche (Median) jedes Ziels</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="180"/>
        <source>Checking over {0} seeds...</source>
        <translation>Prüfe mit {0} Seeds …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="195"/>
        <source>The check failed: {0}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>LiveChange</name>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="27"/>
        <source>learning rate D</source>
        <translation>Lernrate D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="28"/>
        <source>learning rate G</source>
        <translation>Lernrate G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="29"/>
        <source>k (D steps per G)</source>
        <translation>k (D-Schritte pro G)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="41"/>
        <source>epoch {0}: changed {1}</source>
        <translation>Epoche {0}: geändert {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="48"/>
        <source>Change learning rates and k</source>
        <translation>Lernraten und k ändern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="52"/>
        <source>The run goes on with these from its next step (k from its next epoch). The samples log notes the change; the saved generator keeps the history.</source>
        <translation>Der Lauf macht ab seinem nächsten Schritt damit weiter (k ab seiner nächsten Epoche). Das Stichprobenprotokoll vermerkt die Änderung; der gespeicherte Generator behält den Verlauf.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="69"/>
        <source>D steps per G step (&amp;k):</source>
        <translation>D-Schritte pro G-Schritt (&amp;k):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="50"/>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="88"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="74"/>
        <source>Language: {0}.</source>
        <translation>Sprache: {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="95"/>
        <location filename="../../patterngan_gui/main_window.py" line="99"/>
        <source>Set-up</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="105"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="108"/>
        <source>Encoding inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="117"/>
        <source>Loading PyTorch and the plots...</source>
        <translation>PyTorch und die Diagramme werden geladen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="119"/>
        <location filename="../../patterngan_gui/main_window.py" line="211"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="135"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="139"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="254"/>
        <source>The lab keeps its {0}</source>
        <translation>Das Labor behält seine Werte für: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="338"/>
        <source>Showing run #{0}</source>
        <translation>Zeige Lauf #{0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="407"/>
        <source>Settings: {0}</source>
        <translation>Einstellungen: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="511"/>
        <source>The speed dial: full speed, or a few reports a second to narrate on a projector (Ctrl+] faster, Ctrl+[ slower; also while training)</source>
        <translation>Der Tempo-Regler: volles Tempo oder wenige Berichte pro Sekunde, um am Beamer zu erklären (Strg+] schneller, Strg+[ langsamer; auch während des Trainings)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="522"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="539"/>
        <source>More toolbar commands</source>
        <translation>Weitere Befehle der Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="212"/>
        <source>Sa&amp;mpling</source>
        <translation>Sti&amp;chproben</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="213"/>
        <source>R&amp;uns</source>
        <translation>Lä&amp;ufe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="214"/>
        <source>S&amp;weeps</source>
        <translation>Seed-&amp;Serien</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="215"/>
        <source>&amp;Networks</source>
        <translation>&amp;Netze</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="219"/>
        <location filename="../../patterngan_gui/panels/model_view.py" line="178"/>
        <source>The model view: G and D, layer by layer</source>
        <translation>Die Modellansicht: G und D, Schicht für Schicht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/appearance.py" line="87"/>
        <source>Text at {0}%</source>
        <translation>Text in {0} %</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/appearance.py" line="98"/>
        <source>Text at its usual size</source>
        <translation>Text in normaler Größe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="342"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>Maths</name>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="36"/>
        <source>&amp;Full precision</source>
        <translation>&amp;Volle Genauigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="37"/>
        <source>Every number with 9 significant digits: exactly the engine&apos;s float32 numbers (off: 4 digits, easier to follow by hand)</source>
        <translation>Jede Zahl mit 9 gültigen Stellen: genau die float32-Zahlen der Engine (aus: 4 Stellen, leichter von Hand nachzurechnen)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="42"/>
        <source>Full precision</source>
        <translation>Volle Genauigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="68"/>
        <source>No step yet: in slow motion (Ctrl+M), F10 runs one step.</source>
        <translation>Noch kein Schritt: In der Zeitlupe (Strg+M) führt F10 einen Schritt aus.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="74"/>
        <source>{0}: each formula, then with the batch&apos;s numbers.</source>
        <translation>{0}: jede Formel, dann mit den Zahlen des Batches.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="75"/>
        <source>The last step</source>
        <translation>Der letzte Schritt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="107"/>
        <source>The step&apos;s maths with its numbers</source>
        <translation>Die Mathematik des Schritts mit seinen Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="110"/>
        <source>The step&apos;s maths</source>
        <translation>Die Mathematik des Schritts</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="244"/>
        <source>D&apos;s loss on real ({0})</source>
        <translation>Verlust von D auf echten Daten ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="249"/>
        <source>D&apos;s loss on fake ({0})</source>
        <translation>Verlust von D auf erzeugten Daten ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="258"/>
        <source>G&apos;s loss ({0})</source>
        <translation>Verlust von G ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="316"/>
        <source>gradient penalty (WGAN-GP)</source>
        <translation>Gradientenstrafe (WGAN-GP)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="344"/>
        <source>Adam update of D&apos;s output bias ({0})</source>
        <translation>Adam-Schritt für den Ausgabe-Bias von D ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="347"/>
        <source>SGD update of D&apos;s output bias ({0})</source>
        <translation>SGD-Schritt für den Ausgabe-Bias von D ({0})</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="34"/>
        <source>ReLU head</source>
        <translation>ReLU-Kopf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="35"/>
        <source>softmax heads</source>
        <translation>Softmax-Köpfe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="36"/>
        <source>Gumbel one-hots</source>
        <translation>Gumbel-One-hots</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="37"/>
        <source>Sigmoid: P(real)</source>
        <translation>Sigmoid: P(echt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="40"/>
        <source>No report yet: train, or step with F10.</source>
        <translation>Noch kein Bericht: Trainiere oder gehe mit F10 einen Schritt.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="41"/>
        <source>A generator file holds G only: there is no D to draw.</source>
        <translation>Eine Generator-Datei enthält nur G: Es gibt kein D zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="42"/>
        <source>This report did not keep its weights (opened from an older session file).</source>
        <translation>Dieser Bericht hat seine Gewichte nicht behalten (aus einer älteren Sitzungsdatei geöffnet).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="79"/>
        <source>{0} in ({1} packed)</source>
        <translation>{0} rein ({1} gepackt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="81"/>
        <source>{0} in</source>
        <translation>{0} rein</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="187"/>
        <source>What a layer is: each line is a weight from one node to the next, &lt;b&gt;blue&lt;/b&gt; positive, &lt;b&gt;vermillion&lt;/b&gt; negative, stronger the larger. A size with * is drawn as groups of nodes (their mean weights). Follows the timeline.</source>
        <translation>Was eine Schicht ist: Jede Linie ist ein Gewicht von einem Knoten zum nächsten, &lt;b&gt;blau&lt;/b&gt; positiv, &lt;b&gt;zinnoberrot&lt;/b&gt; negativ, kräftiger, je größer es ist. Eine Größe mit * wird als Gruppen von Knoten gezeichnet (ihre mittleren Gewichte). Folgt der Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="198"/>
        <source>G: noise z → encoded number</source>
        <translation>G: Rauschen z → kodierte Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="201"/>
        <source>D: encoded number → real or fake</source>
        <translation>D: kodierte Zahl → echt oder erzeugt</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../patterngan_gui/kit/numbers.py" line="55"/>
        <source>Write the number with one decimal mark, e.g. {0}</source>
        <translation>Schreib die Zahl mit einem einzigen Dezimalzeichen, z. B. {0}</translation>
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
        <location filename="../../patterngan_gui/panels/plots.py" line="98"/>
        <source>Act</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="102"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="164"/>
        <source>Mode-collapse alert</source>
        <translation>Warnung: Moduskollaps</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="168"/>
        <source>Run doctor</source>
        <translation>Lauf-Doktor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="173"/>
        <source>Slow-motion step</source>
        <translation>Schritt in Zeitlupe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="199"/>
        <source>Time&amp;line:</source>
        <translation>&amp;Zeitleiste:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="203"/>
        <source>Drag to see the generator&apos;s distribution, D&apos;s view and the samples as they were at an earlier report; the right end follows the training live</source>
        <translation>Ziehen, um die Verteilung des Generators, die Sicht von D und die Stichproben so zu sehen, wie sie bei einem früheren Bericht waren; das rechte Ende folgt dem Training live</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="208"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="211"/>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="348"/>
        <source>(stopped at epoch {0})</source>
        <translation>(angehalten bei Epoche {0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="35"/>
        <source>(a D step on real data only: G made nothing)</source>
        <translation>(ein D-Schritt nur an echten Daten: G hat nichts erzeugt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="37"/>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="38"/>
        <source>strict {0}, book {1}, TV {2}</source>
        <translation>streng {0}, wie im Buch {1}, TV {2}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="42"/>
        <source>after {0}</source>
        <translation>nach {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="90"/>
        <source>Samples log</source>
        <translation>Stichprobenprotokoll</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="105"/>
        <source>Each report&apos;s latest 10 numbers, as the chapter prints them. Undecided: a head had a tie (often all zeros); argmax alone would have called it the number shown</source>
        <translation>Die letzten 10 Zahlen jedes Berichts, wie das Kapitel sie ausgibt. Unentschieden: Ein Kopf hatte einen Gleichstand (oft lauter Nullen); argmax allein hätte die gezeigte Zahl daraus gemacht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="29"/>
        <source>no reports yet</source>
        <translation>noch keine Berichte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="38"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;strict {2}&lt;/b&gt;, book {3}, TV {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;streng {2}&lt;/b&gt;, wie im Buch {3}, TV {4}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="47"/>
        <source>The timeline keeps %n snapshot(s) of this run ({0}); at most {1} per run, spread evenly.</source>
        <translation>
            <numerusform>Die Zeitleiste behält %Ln Momentaufnahme dieses Laufs ({0}); höchstens {1} pro Lauf, gleichmäßig verteilt.</numerusform>
            <numerusform>Die Zeitleiste behält %Ln Momentaufnahmen dieses Laufs ({0}); höchstens {1} pro Lauf, gleichmäßig verteilt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="98"/>
        <source>&lt;b&gt;Samples log&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;bold&lt;/b&gt;&lt;/span&gt; = not in the pattern, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = undecided)</source>
        <translation>&lt;b&gt;Stichprobenprotokoll&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;fett&lt;/b&gt;&lt;/span&gt; = nicht im Muster, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = unentschieden)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="85"/>
        <source>Changed: {0} (outlined; dashed grey = before this step). F10 runs the next step.</source>
        <translation>Geändert: {0} (umrandet; grau gestrichelt = vor diesem Schritt). F10 führt den nächsten Schritt aus.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="94"/>
        <source>Sh&amp;ow the maths</source>
        <translation>Mathematik &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="96"/>
        <source>Show the step&apos;s maths with its numbers</source>
        <translation>Die Mathematik des Schritts mit seinen Zahlen zeigen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_kit.py" line="295"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../patterngan_gui/report.py" line="42"/>
        <source>strict validity</source>
        <translation>strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="43"/>
        <source>book validity</source>
        <translation>Buch-Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="44"/>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="45"/>
        <source>TV distance</source>
        <translation>TV-Abstand</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="46"/>
        <source>JS divergence (bits)</source>
        <translation>JS-Divergenz (Bit)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="47"/>
        <source>modes covered</source>
        <translation>abgedeckte Modi</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="48"/>
        <source>samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="49"/>
        <source>support size</source>
        <translation>Größe des Trägers</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="50"/>
        <source>trained with PatternGAN</source>
        <translation>trainiert mit PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="51"/>
        <source>trained with torch</source>
        <translation>trainiert mit torch</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="52"/>
        <source>report made by PatternGAN</source>
        <translation>Bericht erstellt von PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="53"/>
        <source>report made with torch</source>
        <translation>Bericht erstellt mit torch</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="54"/>
        <source>set-up hash</source>
        <translation>Hash der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="55"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="92"/>
        <source>Unnamed student</source>
        <translation>Schüler ohne Namen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="94"/>
        <source>&lt;b&gt;Lab:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Labor:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="94"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="98"/>
        <source>&lt;i&gt;(this result was made with another lab)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(dieses Ergebnis entstand mit einem anderen Labor)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="101"/>
        <source>&lt;b&gt;File:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Datei:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="103"/>
        <source>&lt;b&gt;Run:&lt;/b&gt; {0}, {1}</source>
        <translation>&lt;b&gt;Lauf:&lt;/b&gt; {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/report.py" line="104"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%Ln Epoche</numerusform>
            <numerusform>%Ln Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="107"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="110"/>
        <source>The lab asks no questions.</source>
        <translation>Das Labor stellt keine Fragen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="113"/>
        <source>a prediction, sealed before the run&apos;s first epoch</source>
        <translation>eine Vorhersage, versiegelt vor der ersten Epoche des Laufs</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="115"/>
        <source>typed after the run began, at epoch {0}</source>
        <translation>eingegeben, nachdem der Lauf begonnen hatte, in Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="119"/>
        <source>typed after the run began</source>
        <translation>eingegeben, nachdem der Lauf begonnen hatte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="121"/>
        <source>a prediction left empty before the run</source>
        <translation>eine vor dem Lauf leer gelassene Vorhersage</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="123"/>
        <source>answered during the lab</source>
        <translation>während des Labors beantwortet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="126"/>
        <source>&lt;i&gt;(no answer)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(keine Antwort)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="129"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="131"/>
        <source>The lab sets no goals.</source>
        <translation>Das Labor setzt keine Ziele.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="136"/>
        <source>met at epoch {0}</source>
        <translation>erreicht in Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="138"/>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/report.py" line="142"/>
        <source>{0} of %n met</source>
        <translation>
            <numerusform>{0} von %Ln erreicht</numerusform>
            <numerusform>{0} von %Ln erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="146"/>
        <source>(the run did not follow the lab: they do not count)</source>
        <translation>(der Lauf hat das Labor nicht befolgt: sie zählen nicht)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="150"/>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="153"/>
        <source>Final metrics</source>
        <translation>Endwerte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="155"/>
        <source>Measured from the run&apos;s generator, sampled afresh with a fixed seed.</source>
        <translation>Gemessen am Generator des Laufs, neu gezogen mit einem festen Seed.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="165"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="167"/>
        <source>This result is verified and followed the lab.</source>
        <translation>Dieses Ergebnis ist bestätigt und hat das Labor befolgt.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="168"/>
        <source>This result is verified and &lt;b&gt;did not follow the lab&lt;/b&gt;.</source>
        <translation>Dieses Ergebnis ist bestätigt und &lt;b&gt;hat das Labor nicht befolgt&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="171"/>
        <source>This result is &lt;b&gt;not verified&lt;/b&gt; and followed the lab.</source>
        <translation>Dieses Ergebnis ist &lt;b&gt;nicht bestätigt&lt;/b&gt; und hat das Labor befolgt.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="174"/>
        <source>This result is &lt;b&gt;not verified&lt;/b&gt; and &lt;b&gt;did not follow the lab&lt;/b&gt;.</source>
        <translation>Dieses Ergebnis ist &lt;b&gt;nicht bestätigt&lt;/b&gt; und &lt;b&gt;hat das Labor nicht befolgt&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="181"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="210"/>
        <source>epoch (0 - {0})</source>
        <translation>Epoche (0 - {0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="214"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="282"/>
        <source>outcome 0 - {0}, then undecided (grey); target: orange ticks; epoch {1}</source>
        <translation>Ergebnis 0 - {0}, dann unentschieden (grau); Ziel: orange Striche; Epoche {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="304"/>
        <source>PatternGAN report: {0}</source>
        <translation>PatternGAN-Bericht: {0}</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="18"/>
        <location filename="../../patterngan_gui/panels/status.py" line="50"/>
        <source>epoch {0} / {1}</source>
        <translation>Epoche {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="20"/>
        <location filename="../../patterngan_gui/panels/status.py" line="56"/>
        <location filename="../../patterngan_gui/panels/status.py" line="59"/>
        <location filename="../../patterngan_gui/panels/status.py" line="104"/>
        <source>device: {0}</source>
        <translation>Gerät: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="66"/>
        <source>{0} epochs/s</source>
        <translation>{0} Epochen/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="68"/>
        <location filename="../../patterngan_gui/panels/status.py" line="83"/>
        <location filename="../../patterngan_gui/panels/status.py" line="108"/>
        <source>elapsed {0} s</source>
        <translation>vergangen {0} s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="72"/>
        <source>{0}, remaining {1} s</source>
        <translation>{0}, noch {1} s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="92"/>
        <source>sweep: starting...</source>
        <translation>Seed-Serie: startet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/status.py" line="97"/>
        <source>sweep: epoch {0} / {1}, %n seed(s)</source>
        <translation>
            <numerusform>Seed-Serie: Epoche {0} / {1}, %Ln Seed</numerusform>
            <numerusform>Seed-Serie: Epoche {0} / {1}, %Ln Seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/status.py" line="102"/>
        <source>{0} epochs/s x %n seed(s)</source>
        <translation>
            <numerusform>{0} Epochen/s x %Ln Seed</numerusform>
            <numerusform>{0} Epochen/s x %Ln Seeds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="106"/>
        <source>a sweep trains its seeds together on the CPU</source>
        <translation>eine Seed-Serie trainiert ihre Seeds zusammen auf der CPU</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="82"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="83"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="84"/>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="85"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="86"/>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="87"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="88"/>
        <source>Doctor</source>
        <translation>Doktor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="109"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="179"/>
        <source>The numbers are medians over its seeds.</source>
        <translation>Die Zahlen sind Mediane über ihre Seeds.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="251"/>
        <source>Every run of this session (and every lab result opened) is kept. Tick two or more to overlay them (for example &lt;i&gt;book&lt;/i&gt; and &lt;i&gt;default&lt;/i&gt; with the same seed); click a column&apos;s header to sort.</source>
        <translation>Jeder Lauf dieser Sitzung (und jedes geöffnete Laborergebnis) wird behalten. Hake zwei oder mehr an, um sie übereinanderzulegen (zum Beispiel &lt;i&gt;book&lt;/i&gt; und &lt;i&gt;default&lt;/i&gt; mit demselben Seed); klicke auf einen Spaltenkopf, um zu sortieren.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="278"/>
        <source>Sh&amp;ow in Training tab</source>
        <translation>Im Reiter Training &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="272"/>
        <source>Save the selected run&apos;s generator as a num_gen.pt</source>
        <translation>Den Generator des gewählten Laufs als num_gen.pt speichern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="271"/>
        <source>Save generator of this run...</source>
        <translation>Generator dieses Laufs speichern …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="279"/>
        <source>Make the selected run current again: its plots, timeline, save and exports</source>
        <translation>Den gewählten Lauf wieder zum aktuellen machen: seine Diagramme, Zeitleiste, Speichern und Exporte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="298"/>
        <source>x as a share of each run&apos;s epochs</source>
        <translation>x als Anteil an den Epochen jedes Laufs</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="299"/>
        <source>Runs of different lengths (book 10,000 epochs, default 800) side by side: 0 is each run&apos;s start, 1 its planned end</source>
        <translation>Läufe verschiedener Länge (book 10.000 Epochen, default 800) nebeneinander: 0 ist der Start jedes Laufs, 1 sein geplantes Ende</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="376"/>
        <source>%n run(s) kept: {0} of curves and timelines, plus one small generator each.</source>
        <translation>
            <numerusform>%Ln Lauf behalten: {0} an Kurven und Zeitleisten, dazu je ein kleiner Generator.</numerusform>
            <numerusform>%Ln Läufe behalten: {0} an Kurven und Zeitleisten, dazu je ein kleiner Generator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="382"/>
        <source>%n sweep(s): their rows show medians over seeds.</source>
        <translation>
            <numerusform>%Ln Seed-Serie: Ihre Zeilen zeigen Mediane über die Seeds.</numerusform>
            <numerusform>%Ln Seed-Serien: Ihre Zeilen zeigen Mediane über die Seeds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="464"/>
        <source>sweep {0} (median)</source>
        <translation>Seed-Serie {0} (Median)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/history.py" line="101"/>
        <source>{0}: no report yet</source>
        <translation>{0}: noch kein Bericht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/history.py" line="104"/>
        <source>{0}: %n epoch(s), strict {1}, TV {2}, modes {3}/{4}</source>
        <translation>
            <numerusform>{0}: %Ln Epoche, streng {1}, TV {2}, Modi {3}/{4}</numerusform>
            <numerusform>{0}: %Ln Epochen, streng {1}, TV {2}, Modi {3}/{4}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="78"/>
        <source>undecided: a head had a tie (e.g. all zeros); argmax alone gives this number</source>
        <translation>unentschieden: Ein Kopf hatte einen Gleichstand (z. B. lauter Nullen); argmax allein ergibt diese Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="109"/>
        <source>No generator yet: train one, or open a num_gen.pt (Ctrl+O).</source>
        <translation>Noch kein Generator: trainiere einen oder öffne eine num_gen.pt (Strg+O).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="117"/>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="188"/>
        <source> sequences of 10</source>
        <translation> Folgen zu je 10</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="122"/>
        <source>fresh randomness</source>
        <translation>neuer Zufall</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="123"/>
        <source>Ignore the seed: different numbers every time</source>
        <translation>Den Seed nicht beachten: jedes Mal andere Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="128"/>
        <source>Samp&amp;le</source>
        <translation>Stichpr&amp;obe ziehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="133"/>
        <source>Save CSV...</source>
        <translation>CSV speichern …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="129"/>
        <source>Draw sequences from the generator (Ctrl+G)</source>
        <translation>Folgen aus dem Generator ziehen (Strg+G)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="131"/>
        <source>C&amp;opy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="135"/>
        <source>Draw</source>
        <translation>Ziehe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="136"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="159"/>
        <source>Sampled sequences</source>
        <translation>Gezogene Folgen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="225"/>
        <source>These numbers come from a generator over [0, {0}); the set-up&apos;s range {1} is wider, so they are not judged against it.</source>
        <translation>Diese Zahlen stammen von einem Generator über [0, {0}); der Bereich der Einstellungen {1} ist größer, darum werden sie nicht daran gemessen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="237"/>
        <source>&lt;b&gt;strict validity {0}&lt;/b&gt; against {1} ({2} numbers; {3} undecided; book validity {4}; modes {5}/{6}; TV {7})</source>
        <translation>&lt;b&gt;strenge Gültigkeit {0}&lt;/b&gt; gemessen an {1} ({2} Zahlen; {3} unentschieden; Gültigkeit wie im Buch {4}; Modi {5}/{6}; TV {7})</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="44"/>
        <source>Goodfellow&apos;s original game: G minimises log(1 - D(G(z))). Early on, while D wins easily, G&apos;s gradient almost vanishes: expect a slow start.</source>
        <translation>Goodfellows ursprüngliches Spiel: G minimiert log(1 - D(G(z))). Am Anfang, solange D leicht gewinnt, verschwindet der Gradient von G fast: Rechne mit einem langsamen Start.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="49"/>
        <source>The chapter&apos;s loss: G maximises log D(G(z)) (BCE with its numbers labelled real). The usual choice.</source>
        <translation>Der Verlust des Kapitels: G maximiert log D(G(z)) (BCE, mit seinen Zahlen als echt markiert). Die übliche Wahl.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="54"/>
        <source>Least squares: D pushes real to 1 and fake to 0 with a squared error; gradients do not vanish as D gets confident.</source>
        <translation>Kleinste Quadrate: D drückt echte Daten mit quadratischem Fehler zu 1 und erzeugte zu 0; die Gradienten verschwinden nicht, wenn D sich sicher wird.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="59"/>
        <source>D only cares about samples on the wrong side of a margin; needs D&apos;s raw score (the softmax or gumbel head).</source>
        <translation>D kümmert sich nur um Stichproben auf der falschen Seite eines Abstands; braucht die rohe Bewertung von D (den Softmax- oder Gumbel-Kopf).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="64"/>
        <source>D becomes a critic scoring realness, kept smooth by a gradient penalty; needs D&apos;s raw score and real and fake in one D step.</source>
        <translation>D wird zu einem Kritiker, der Echtheit bewertet und durch eine Gradientenstrafe glatt bleibt; braucht die rohe Bewertung von D und echte und erzeugte Daten in einem D-Schritt.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="94"/>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="175"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="109"/>
        <source>Advanced: take the GAN apart</source>
        <translation>Erweitert: das GAN zerlegen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="113"/>
        <source>Layers, loss, optimiser, k, noise, head: every knob of the GAN</source>
        <translation>Schichten, Verlust, Optimierer, k, Rauschen, Kopf: jeder Regler des GAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="135"/>
        <source>The GAN loss; hover each choice for what it does</source>
        <translation>Der Verlust des GAN; zeige auf eine Auswahl, um zu sehen, was sie tut</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="143"/>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="172"/>
        <source>separate (the book)</source>
        <translation>getrennt (wie im Buch)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="144"/>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="173"/>
        <source>together</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="97"/>
        <source>Model and training</source>
        <translation>Modell und Training</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="121"/>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="226"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="167"/>
        <source>Set-up error</source>
        <translation>Fehler in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="239"/>
        <source>no CUDA device was found</source>
        <translation>es wurde kein CUDA-Gerät gefunden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="240"/>
        <source>CUDA is unavailable here: {0}.</source>
        <translation>CUDA ist hier nicht verfügbar: {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="371"/>
        <source>(locked by the lab)</source>
        <translation>(vom Labor gesperrt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="52"/>
        <source>(modified: {0}) {1}</source>
        <translation>(geändert: {0}) {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="446"/>
        <source>{0} numbers: {1}</source>
        <translation>{0} Zahlen: {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="39"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="46"/>
        <source>Pattern kind</source>
        <translation>Art des Musters</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="47"/>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="49"/>
        <source>K: the divisor</source>
        <translation>K: der Teiler</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="52"/>
        <source>R: the remainder wanted (0 &lt;= R &lt; K)</source>
        <translation>R: der gewünschte Rest (0 &lt;= R &lt; K)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="65"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="71"/>
        <source>e.g. n % 4 == 1 and n &gt; 20</source>
        <translation>z. B. n % 4 == 1 and n &gt; 20</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="75"/>
        <source>Integers, n, + - * // %, comparisons, and/or/not, parentheses</source>
        <translation>Ganze Zahlen, n, + - * // %, Vergleiche, and/or/not, Klammern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="79"/>
        <source>E&amp;xpression:</source>
        <translation>Ausdruck:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="81"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="89"/>
        <source>First integer of the range (inclusive)</source>
        <translation>Erste ganze Zahl des Bereichs (eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="94"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="97"/>
        <source>Range from</source>
        <translation>Bereich von</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="98"/>
        <source>Range to (exclusive)</source>
        <translation>Bereich bis (ausgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="99"/>
        <source>End of the range, hi (exclusive: the range is lo, lo + 1, ..., hi - 1). Not the codec&apos;s size R: the codec encodes 0 to R - 1 with R = max(100, hi)</source>
        <translation>Ende des Bereichs, hi (ausgeschlossen: der Bereich ist lo, lo + 1, ..., hi - 1). Nicht die Größe R des Codecs: Der Codec kodiert 0 bis R - 1 mit R = max(100, hi)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="113"/>
        <source>Support:</source>
        <translation>Träger:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="118"/>
        <location filename="../../patterngan_gui/panels/task_group.py" line="141"/>
        <source>quotient + remainder (qr:M)</source>
        <translation>Quotient + Rest (qr:M)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="120"/>
        <source>How an integer becomes a vector. auto: qr:5 for the book, qr:K for patterns like multiples of K, one-hot otherwise</source>
        <translation>Wie eine ganze Zahl zum Vektor wird. auto: qr:5 für das Buch, qr:K für Muster wie Vielfache von K, sonst one-hot</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="128"/>
        <source>Codec M</source>
        <translation>Codec M</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="48"/>
        <source>Your target: click and drag to set how often each integer should appear; drag to the bottom or right-click to remove it</source>
        <translation>Dein Ziel: Klicke und ziehe, um festzulegen, wie oft jede ganze Zahl vorkommen soll; zieh nach unten oder klicke rechts, um sie zu entfernen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="54"/>
        <source>Draw the target distribution</source>
        <translation>Die Zielverteilung zeichnen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="100"/>
        <source>Left and Right choose an integer; Up and Down, or a digit, set its bar</source>
        <translation>Links und Rechts wählen eine ganze Zahl; Hoch und Runter oder eine Ziffer setzen ihren Balken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/draw_target.py" line="148"/>
        <source>{0}: {1} of {2}; %n integer(s) drawn.</source>
        <translation>
            <numerusform>{0}: {1} von {2}; %Ln ganze Zahl gezeichnet.</numerusform>
            <numerusform>{0}: {1} von {2}; %Ln ganze Zahlen gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="176"/>
        <source>Click and drag to draw</source>
        <translation>Zum Zeichnen klicken und ziehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="199"/>
        <source>Load &amp;data...</source>
        <translation>&amp;Daten laden …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="200"/>
        <source>Fill the drawing with how often each integer appears in a text or CSV file</source>
        <translation>Die Zeichnung damit füllen, wie oft jede ganze Zahl in einer Text- oder CSV-Datei vorkommt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="206"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="260"/>
        <source>Load a data file</source>
        <translation>Eine Datendatei laden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="262"/>
        <source>Data (*.txt *.csv *.dat);;All files (*)</source>
        <translation>Daten (*.txt *.csv *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="275"/>
        <source>{0}: cannot be used (hover)</source>
        <translation>{0}: nicht verwendbar (Maus darauf)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="283"/>
        <source>{0} numbers, {1} values</source>
        <translation>{0} Zahlen, {1} Werte</translation>
    </message>
</context>
<context>
    <name>SlowMotion</name>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="60"/>
        <source>Epoch {0}, step {1} of {2}: {3}</source>
        <translation>Epoche {0}, Schritt {1} von {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="67"/>
        <source>A single step: {0} (outside the epoch&apos;s order)</source>
        <translation>Ein einzelner Schritt: {0} (außerhalb der Reihenfolge der Epoche)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="146"/>
        <source>It was shown real numbers ({0}) labelled real; its mean score for them {1}.</source>
        <translation>D wurden echte Zahlen ({0}) gezeigt, als echt markiert; seine mittlere Bewertung dafür {1}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="159"/>
        <source>It was shown G&apos;s numbers ({0}) labelled fake, so it learns to score what G makes lower.</source>
        <translation>D wurden die Zahlen von G ({0}) gezeigt, als erzeugt markiert; so lernt D, das, was G macht, niedriger zu bewerten.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="190"/>
        <source>stayed {0}</source>
        <translation>blieb bei {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="191"/>
        <source>went {0} -&gt; {1}</source>
        <translation>ging von {0} -&gt; {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="199"/>
        <source>D&apos;s score for {0} did not change: {1}.</source>
        <translation>Die Bewertung von D für {0} hat sich nicht geändert: {1}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="203"/>
        <source>D now scores {0} as more real: {1} -&gt; {2}.</source>
        <translation>D hält {0} jetzt für echter: {1} -&gt; {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="205"/>
        <source>D now scores {0} as less real: {1} -&gt; {2}.</source>
        <translation>D hält {0} jetzt für weniger echt: {1} -&gt; {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="228"/>
        <source>D&apos;s mean score for G&apos;s numbers {0} (G&apos;s goal is to raise it).</source>
        <translation>Die mittlere Bewertung von D für die Zahlen von G {0} (G will sie erhöhen).</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="234"/>
        <source>G changed its weights, but none of {0} probe numbers decodes differently yet.</source>
        <translation>G hat seine Gewichte geändert, aber noch keine von {0} Probezahlen wird anders dekodiert.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="243"/>
        <source>G now makes undecided numbers more often: {0} of its numbers.</source>
        <translation>G erzeugt jetzt öfter unentschiedene Zahlen: {0} seiner Zahlen.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="251"/>
        <source>G now makes {0} more often: {1} of its numbers.</source>
        <translation>G erzeugt jetzt öfter {0}: {1} seiner Zahlen.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="262"/>
        <source>{0} (unchanged)</source>
        <translation>{0} (unverändert)</translation>
    </message>
</context>
<context>
    <name>Sweeps</name>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="92"/>
        <source>&lt;b&gt;%n seed(s)&lt;/b&gt; at epoch {0} (done): strict validity median {1} (range {2} - {3}); TV median {4} (range {5} - {6}). Seeds {7}-{8}; trained in {9} s.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Seed&lt;/b&gt; in Epoche {0} (fertig): strenge Gültigkeit Median {1} (Spanne {2} - {3}); TV Median {4} (Spanne {5} - {6}). Seeds {7}-{8}; trainiert in {9} s.</numerusform>
            <numerusform>&lt;b&gt;%Ln Seeds&lt;/b&gt; in Epoche {0} (fertig): strenge Gültigkeit Median {1} (Spanne {2} - {3}); TV Median {4} (Spanne {5} - {6}). Seeds {7}-{8}; trainiert in {9} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="99"/>
        <source>&lt;b&gt;%n seed(s)&lt;/b&gt; at epoch {0}: strict validity median {1} (range {2} - {3}); TV median {4} (range {5} - {6}). Seeds {7}-{8}; trained in {9} s.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Seed&lt;/b&gt; in Epoche {0}: strenge Gültigkeit Median {1} (Spanne {2} - {3}); TV Median {4} (Spanne {5} - {6}). Seeds {7}-{8}; trainiert in {9} s.</numerusform>
            <numerusform>&lt;b&gt;%Ln Seeds&lt;/b&gt; in Epoche {0}: strenge Gültigkeit Median {1} (Spanne {2} - {3}); TV Median {4} (Spanne {5} - {6}). Seeds {7}-{8}; trainiert in {9} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="126"/>
        <source>Training %n seed(s) of preset {0} on {1} together...</source>
        <translation>
            <numerusform>Trainiere %Ln Seed der Vorlage {0} auf {1} zusammen …</numerusform>
            <numerusform>Trainiere %Ln Seeds der Vorlage {0} auf {1} zusammen …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="132"/>
        <source>No sweep yet: Run &gt; Sweep seeds... trains many seeds at once.</source>
        <translation>Noch keine Seed-Serie: Lauf &gt; Seeds durchprobieren … trainiert viele Seeds auf einmal.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="72"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="82"/>
        <source>Training...</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="90"/>
        <location filename="../../patterngan_gui/controllers/training.py" line="367"/>
        <source>Cannot start training</source>
        <translation>Training kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="99"/>
        <source>Paused: F5 resumes, F10 steps the paused run</source>
        <translation>Pausiert: F5 setzt fort, F10 geht im pausierten Lauf einen Schritt weiter</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="112"/>
        <source>Stopping the sweep...</source>
        <translation>Seed-Serie wird angehalten …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="115"/>
        <source>Stopping...</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="137"/>
        <source>Speed: {0}</source>
        <translation>Tempo: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="162"/>
        <source>Cannot change the run</source>
        <translation>Der Lauf lässt sich nicht ändern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="164"/>
        <source>The change applies from the run&apos;s next step</source>
        <translation>Die Änderung gilt ab dem nächsten Schritt des Laufs</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="212"/>
        <source>Ran {0}</source>
        <translation>Ausgeführt: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="221"/>
        <source>Step (slow motion)</source>
        <translation>Schritt (Zeitlupe)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="268"/>
        <source>Goal met at epoch {0} ({1} of {2})</source>
        <translation>Ziel erreicht bei Epoche {0} ({1} von {2})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="282"/>
        <source>Switch to the &apos;{0}&apos; preset</source>
        <translation>Zur Vorlage &apos;{0}&apos; wechseln</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="315"/>
        <source>Run doctor: {0} from epoch {1}</source>
        <translation>Lauf-Doktor: {0} ab Epoche {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="327"/>
        <source>Also: {0}.</source>
        <translation>Außerdem: {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="335"/>
        <source>Run doctor:</source>
        <translation>Lauf-Doktor:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="338"/>
        <source>Go to epoch {0}</source>
        <translation>Zu Epoche {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="342"/>
        <source>Run doctor: {0}</source>
        <translation>Lauf-Doktor: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="358"/>
        <source>Switched to the &apos;{0}&apos; preset (same pattern and seed): press F5 to train</source>
        <translation>Zur Vorlage &apos;{0}&apos; gewechselt (gleiches Muster und gleicher Seed): Drücke F5 zum Trainieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="369"/>
        <source>Training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="382"/>
        <source>Training finished</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="385"/>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="21"/>
        <source>Save the plots as a picture</source>
        <translation>Die Diagramme als Bild speichern</translation>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="20"/>
        <source>Export plots as PN&amp;G...</source>
        <translation>Diagramme als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="22"/>
        <source>Export &amp;metrics as CSV...</source>
        <translation>Messwerte als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="26"/>
        <source>&amp;Export lab result...</source>
        <translation>Labor&amp;ergebnis exportieren …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="32"/>
        <source>Open class &amp;folder...</source>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="59"/>
        <source>Step D on real (real &amp;only)</source>
        <translation>Schritt D an echten Daten (nur ec&amp;ht)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="61"/>
        <source>Step D on fake (fa&amp;ke only)</source>
        <translation>Schritt D an erzeugten Daten (nur e&amp;rzeugt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="77"/>
        <source>S&amp;ample</source>
        <translation>Stichpr&amp;obe ziehen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="85"/>
        <source>Plots as ta&amp;bles...</source>
        <translation>Diagramme als &amp;Tabellen …</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="87"/>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="223"/>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="60"/>
        <source>One discriminator step on real data (label 1)</source>
        <translation>Ein Schritt des Diskriminators an echten Daten (Label 1)</translation>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="86"/>
        <source>The numbers of the plots on screen, as tables (Enter on a focused plot: its own)</source>
        <translation>Die Zahlen der sichtbaren Diagramme als Tabellen (Eingabetaste auf einem Diagramm: nur seine)</translation>
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
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="101"/>
        <source>High contrast colours</source>
        <translation>Farben mit hohem Kontrast</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="102"/>
        <source>&amp;How it works</source>
        <translation>&amp;So funktioniert es</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="103"/>
        <source>The encoding, the three steps and each metric</source>
        <translation>Die Kodierung, die drei Schritte und jede Messgröße</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="104"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="105"/>
        <source>Every shortcut</source>
        <translation>Alle Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="106"/>
        <source>&amp;About PatternGAN</source>
        <translation>Ü&amp;ber PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="107"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="108"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="119"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="121"/>
        <source>&amp;Codec:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="122"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="123"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="124"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="67"/>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="125"/>
        <source>Learning rate &amp;D:</source>
        <translation>Lern&amp;rate D:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="68"/>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="126"/>
        <source>Learning rate &amp;G:</source>
        <translation>Lernrate &amp;G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="120"/>
        <source>R&amp;ange:</source>
        <translation>Bere&amp;ich:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="128"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="132"/>
        <source>G hidden:</source>
        <translation>G versteckt:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="133"/>
        <source>D hidden:</source>
        <translation>D versteckt:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="134"/>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="137"/>
        <source>Adam beta1:</source>
        <translation>Adam beta1:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="138"/>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="127"/>
        <source>Latent si&amp;ze:</source>
        <translation>Latente Größe:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="129"/>
        <source>Report ever&amp;y:</source>
        <translation>Bericht alle:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="130"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="131"/>
        <source>G head:</source>
        <translation>G-Kopf:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="135"/>
        <source>Loss:</source>
        <translation>Verlust:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="136"/>
        <source>Optimizer:</source>
        <translation>Optimierer:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="139"/>
        <source>D steps (k):</source>
        <translation>D-Schritte (k):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="140"/>
        <source>D on real, fake:</source>
        <translation>D an echt, erzeugt:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="141"/>
        <source>Pack:</source>
        <translation>Packen:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="142"/>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="143"/>
        <source>EMA of G:</source>
        <translation>EMA von G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="144"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="145"/>
        <source>What G should learn to make</source>
        <translation>Was G erzeugen lernen soll</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="146"/>
        <source>The half-open range of the integers</source>
        <translation>Der halboffene Bereich der ganzen Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="147"/>
        <source>How an integer becomes a vector</source>
        <translation>Wie eine ganze Zahl zum Vektor wird</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="148"/>
        <source>A whole model and its training, named</source>
        <translation>Ein ganzes Modell samt Training, mit Namen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="149"/>
        <source>One epoch is one batch, as in the chapter</source>
        <translation>Eine Epoche ist ein Batch, wie im Kapitel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="150"/>
        <source>Samples per batch, real and fake alike</source>
        <translation>Stichproben pro Batch, echte wie erzeugte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="151"/>
        <source>D&apos;s learning rate (the book uses 0.001)</source>
        <translation>Lernrate von D (das Buch nimmt 0,001)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="152"/>
        <source>G&apos;s learning rate (the book uses 0.001)</source>
        <translation>Lernrate von G (das Buch nimmt 0,001)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="153"/>
        <source>Size of the noise vector z fed to G (the book uses 100)</source>
        <translation>Größe des Rauschvektors z, den G bekommt (das Buch nimmt 100)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="154"/>
        <source>Seeds the weights, the noise and the real data</source>
        <translation>Legt die Gewichte, das Rauschen und die echten Daten fest</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="155"/>
        <source>Epochs between reports (plots and samples); the book uses 100</source>
        <translation>Epochen zwischen zwei Berichten (Diagramme und Stichproben); das Buch nimmt 100</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="156"/>
        <source>Auto trains where this set-up runs faster. These models are so small that per-step overhead decides, not arithmetic, so with a CUDA device Auto first times a quarter of a second of real epochs on the CPU and on the GPU (once per set-up) and picks the faster. Hover the status bar&apos;s device for the figures.</source>
        <translation>Automatisch trainiert dort, wo diese Einstellungen schneller laufen. Die Modelle sind so klein, dass der Aufwand pro Schritt entscheidet, nicht das Rechnen; mit einem CUDA-Gerät misst Automatisch darum zuerst eine Viertelsekunde echter Epochen auf CPU und GPU (einmal je Einstellung) und nimmt das Schnellere. Zeige auf das Gerät in der Statusleiste, um die Zahlen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="157"/>
        <source>G&apos;s output. book: the chapter&apos;s ReLU (heads can be all zero: undecided numbers); softmax: always decisive, but tends to collapse; gumbel: exact one-hots from noise, the default preset&apos;s (learns the whole support)</source>
        <translation>Die Ausgabe von G. book: das ReLU des Kapitels (Köpfe können ganz null sein: unentschiedene Zahlen); softmax: immer eindeutig, neigt aber zum Kollaps; gumbel: exakte One-hots aus Rauschen, wie in der Vorlage default (lernt den ganzen Träger)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="158"/>
        <source>G&apos;s hidden layer widths, e.g. 64,64 for two layers of 64; empty: none (the book&apos;s single Linear). Wider or deeper: more capacity, slower steps</source>
        <translation>Breiten der verborgenen Schichten von G, z. B. 64,64 für zwei Schichten mit 64; leer: keine (das einzelne Linear des Buchs). Breiter oder tiefer: mehr Kapazität, langsamere Schritte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="159"/>
        <source>D&apos;s hidden layer widths, e.g. 64; empty: none. A D much stronger than G wins too easily and G&apos;s gradient fades</source>
        <translation>Breiten der verborgenen Schichten von D, z. B. 64; leer: keine. Ein D, der viel stärker ist als G, gewinnt zu leicht, und der Gradient von G verblasst</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="160"/>
        <source>The activation of every hidden layer</source>
        <translation>Die Aktivierung jeder verborgenen Schicht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="161"/>
        <source>The GAN loss. minimax: G minimises log(1 - D(G(z))), Goodfellow&apos;s original; nonsaturating: G maximises log D(G(z)), the chapter&apos;s BCE loss; lsgan: least squares; hinge; wgan-gp: a critic with a gradient penalty (hinge and wgan-gp need the softmax or gumbel head; wgan-gp also D&apos;s steps together)</source>
        <translation>Der Verlust des GAN. minimax: G minimiert log(1 - D(G(z))), Goodfellows Original; nonsaturating: G maximiert log D(G(z)), der BCE-Verlust des Kapitels; lsgan: kleinste Quadrate; hinge; wgan-gp: ein Kritiker mit Gradientenstrafe (hinge und wgan-gp brauchen den Softmax- oder Gumbel-Kopf; wgan-gp außerdem die D-Schritte zusammen)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="162"/>
        <source>For both networks. adam: the chapter&apos;s, adapts each weight&apos;s step; sgd: plain steps (with momentum); rmsprop: the original WGAN&apos;s</source>
        <translation>Für beide Netze. adam: der des Kapitels, passt den Schritt jedes Gewichts an; sgd: einfache Schritte (mit Momentum); rmsprop: der des ursprünglichen WGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="163"/>
        <source>Adam&apos;s beta1: 0.9 is torch&apos;s default, 0.5 the usual GAN choice</source>
        <translation>beta1 von Adam: 0,9 ist die Vorgabe von torch, 0,5 die übliche Wahl für GANs</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="164"/>
        <source>SGD&apos;s and RMSprop&apos;s momentum (Adam ignores it)</source>
        <translation>Momentum von SGD und RMSprop (Adam beachtet es nicht)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="165"/>
        <source>k: D updates per G update (GAN Lab&apos;s k). More keeps D ahead of G; too many and D wins outright. Can change while a run goes on</source>
        <translation>k: D-Schritte pro G-Schritt (das k von GAN Lab). Mehr hält D vor G; zu viele, und D gewinnt klar. Lässt sich während eines Laufs ändern</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="166"/>
        <source>separate: D on real, then D on fake, as the chapter; together: one D step on both</source>
        <translation>getrennt: D an echten, dann D an erzeugten Daten, wie im Kapitel; zusammen: ein D-Schritt an beiden</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="167"/>
        <source>PacGAN: D judges this many samples at once, so it can see a lack of variety (fights mode collapse). The batch must be a multiple of it</source>
        <translation>PacGAN: D beurteilt so viele Stichproben auf einmal und kann so fehlende Vielfalt sehen (hilft gegen Moduskollaps). Der Batch muss ein Vielfaches davon sein</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="168"/>
        <source>z ~ N(0, 1) (the chapter&apos;s randn) or uniform on [-1, 1)</source>
        <translation>z ~ N(0, 1) (das randn des Kapitels) oder gleichverteilt auf [-1, 1)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="169"/>
        <source>Average G&apos;s weights over the second half of training (0 = off; 0.99 typical): smooths out the last steps&apos; wobble</source>
        <translation>Die Gewichte von G über die zweite Hälfte des Trainings mitteln (0 = aus; 0,99 üblich): glättet das Wackeln der letzten Schritte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="170"/>
        <source>Learning rates constant, or cosine down to 0</source>
        <translation>Lernraten konstant oder im Kosinus-Verlauf bis 0</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="174"/>
        <source>Multiples of K</source>
        <translation>Vielfache von K</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="175"/>
        <source>Odd numbers</source>
        <translation>Ungerade Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="176"/>
        <source>Even numbers</source>
        <translation>Gerade Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="177"/>
        <source>n = R (mod K)</source>
        <translation>n = R (mod K)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="178"/>
        <source>Perfect squares</source>
        <translation>Quadratzahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="179"/>
        <source>Prime numbers</source>
        <translation>Primzahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="180"/>
        <source>Custom expression</source>
        <translation>Eigener Ausdruck</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="181"/>
        <source>Draw your own</source>
        <translation>Selbst zeichnen</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="182"/>
        <source>Strict validity</source>
        <translation>Strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="183"/>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="415"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="184"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="185"/>
        <source>TV distance</source>
        <translation>TV-Abstand</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="186"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="187"/>
        <source>Final strict validity</source>
        <translation>Strenge Gültigkeit am Ende</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="188"/>
        <source>each student</source>
        <translation>jede Person der Klasse</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="189"/>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="190"/>
        <source>a student</source>
        <translation>ein Schüler, eine Schülerin</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="191"/>
        <source>off-lab or not verified</source>
        <translation>außerhalb des Labors oder nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="192"/>
        <source>G&apos;s raw outputs over time</source>
        <translation>Rohausgaben von G im Verlauf</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="193"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="194"/>
        <source>unit (by head)</source>
        <translation>Einheit (je Kopf)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="195"/>
        <source>mean raw output of the report&apos;s samples (dark low, bright high)</source>
        <translation>mittlere Rohausgabe der Stichproben des Berichts (dunkel niedrig, hell hoch)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="196"/>
        <source>D loss (real + fake)</source>
        <translation>D-Verlust (echt + erzeugt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="197"/>
        <source>G loss</source>
        <translation>G-Verlust</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="198"/>
        <source>strict validity</source>
        <translation>strenge Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="199"/>
        <source>book validity (argmax)</source>
        <translation>Buch-Gültigkeit (argmax)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="200"/>
        <source>modes covered (right axis)</source>
        <translation>abgedeckte Modi (rechts)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="201"/>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="202"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="203"/>
        <source>undecided (x = R)</source>
        <translation>unentschieden (x = R)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="204"/>
        <source>support</source>
        <translation>Träger</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="205"/>
        <source>D(x) for every integer</source>
        <translation>D(x) für jede ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="206"/>
        <source>support values</source>
        <translation>Werte des Trägers</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="207"/>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="208"/>
        <source>BCE loss</source>
        <translation>BCE-Verlust</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="209"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="210"/>
        <source>Generator&apos;s distribution</source>
        <translation>Verteilung des Generators</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="211"/>
        <source>integer</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="212"/>
        <source>D&apos;s view</source>
        <translation>Sicht von D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="213"/>
        <source>P(real) by D</source>
        <translation>P(echt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="214"/>
        <source>TV distance to the target</source>
        <translation>TV-Abstand zum Ziel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="215"/>
        <source>Last distribution</source>
        <translation>Letzte Verteilung</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="216"/>
        <source>Last D&apos;s view</source>
        <translation>Letzte Sicht von D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="217"/>
        <source>P(real)</source>
        <translation>P(echt)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="218"/>
        <source>Histogram of the sampled numbers</source>
        <translation>Histogramm der gezogenen Zahlen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="219"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="220"/>
        <source>sampled</source>
        <translation>gezogen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="221"/>
        <source>expected from the target</source>
        <translation>erwartet laut Ziel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="222"/>
        <source>Final strict validity of each seed</source>
        <translation>Strenge Gültigkeit am Ende je Seed</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="223"/>
        <source>seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="224"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="225"/>
        <source>lowest to highest seed</source>
        <translation>niedrigster bis höchster Seed</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="226"/>
        <source>least-squares loss</source>
        <translation>Verlust (kleinste Quadrate)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="227"/>
        <source>hinge loss</source>
        <translation>Hinge-Verlust</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="228"/>
        <source>critic loss</source>
        <translation>Verlust des Kritikers</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="413"/>
        <source>share of the run&apos;s epochs</source>
        <translation>Anteil an den Epochen des Laufs</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="424"/>
        <source>each run&apos;s own loss (see key)</source>
        <translation>der eigene Verlust jedes Laufs (siehe Legende)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/quality_curves.py" line="40"/>
        <source>modes</source>
        <translation>Modi</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="171"/>
        <source>The chapter exactly: D = Linear+Sigmoid, G = Linear+ReLU, batch 10, 10,000 epochs.</source>
        <translation>Genau das Kapitel: D = Linear+Sigmoid, G = Linear+ReLU, Batch 10, 10.000 Epochen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="172"/>
        <source>Fast and faithful: Gumbel one-hot G, PacGAN D with a hidden layer, 800 epochs.</source>
        <translation>Schnell und treu: G mit Gumbel-One-hot, PacGAN-D mit einer verborgenen Schicht, 800 Epochen.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="173"/>
        <source>Softmax heads without noise: always valid, but G collapses onto a few values.</source>
        <translation>Softmax-Köpfe ohne Rauschen: immer gültig, aber G fällt auf wenige Werte zusammen.</translation>
    </message>
</context>
<context>
    <name>speeds</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="109"/>
        <source>Full speed</source>
        <translation>Volles Tempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="110"/>
        <source>10 reports/s</source>
        <translation>10 Berichte/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="111"/>
        <source>4 reports/s</source>
        <translation>4 Berichte/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="112"/>
        <source>2 reports/s</source>
        <translation>2 Berichte/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="113"/>
        <source>1 report/s</source>
        <translation>1 Bericht/s</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="114"/>
        <source>D on real</source>
        <translation>D an echten Daten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="115"/>
        <source>D on fake</source>
        <translation>D an erzeugten Daten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="116"/>
        <source>D on real and fake</source>
        <translation>D an echten und erzeugten Daten</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="117"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="118"/>
        <source>one epoch</source>
        <translation>eine Epoche</translation>
    </message>
</context>
</TS>
