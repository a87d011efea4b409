<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Class</name>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="73"/>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="74"/>
        <source>followed</source>
        <translation>siguió</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="75"/>
        <source>strict</source>
        <translation>estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="76"/>
        <source>modes</source>
        <translation>modos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="77"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="78"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="79"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="80"/>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="81"/>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="82"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="83"/>
        <source>lab</source>
        <translation>práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="108"/>
        <source>No class yet: File &gt; Open class folder... reads every lab result.</source>
        <translation>Aún no hay clase: Archivo &gt; Abrir carpeta de la clase… lee todos los resultados de las prácticas.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="117"/>
        <source>Filter: a name, an answer, a file...</source>
        <translation>Filtro: un nombre, una respuesta, un archivo…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="119"/>
        <source>Filter the class table</source>
        <translation>Filtrar la tabla de la clase</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="122"/>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="124"/>
        <source>Followed the lab only</source>
        <translation>Solo quien siguió la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="128"/>
        <source>Export CSV...</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="129"/>
        <source>The table as it is shown (filtered and sorted), as CSV</source>
        <translation>La tabla tal como se ve (filtrada y ordenada), como CSV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="131"/>
        <source>Train every run again from its recorded set-up and seed (one sweep per set-up) and compare its end with the run&apos;s: its final metrics within 0.02</source>
        <translation>Volver a entrenar cada ejecución con su configuración y semilla guardadas (un barrido por configuración) y comparar su final con el de la ejecución: métricas finales con una diferencia máxima de 0,02</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="136"/>
        <source>Rerun...</source>
        <translation>Volver a entrenar…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="154"/>
        <source>Class results</source>
        <translation>Resultados de la clase</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="180"/>
        <source>Setting to spread the final values over</source>
        <translation>Ajuste sobre el que se reparten los valores finales</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="185"/>
        <source>A setting the students were free to change</source>
        <translation>Un ajuste que los alumnos podían cambiar libremente</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="199"/>
        <source>Spread over:</source>
        <translation>Repartido según:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="249"/>
        <source>(could not be read)</source>
        <translation>(no se pudo leer)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="359"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="360"/>
        <source>judged against the lab &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>evaluado con la práctica &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="364"/>
        <source>&lt;b&gt;no teacher&apos;s lab&lt;/b&gt;: {0} (each judged by its own copy; open yours first)</source>
        <translation>&lt;b&gt;sin práctica del profesor&lt;/b&gt;: {0} (cada uno evaluado con su propia copia; abre primero la tuya)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="370"/>
        <source>&lt;b&gt;no teacher&apos;s lab&lt;/b&gt; (each judged by its own copy; open yours first)</source>
        <translation>&lt;b&gt;sin práctica del profesor&lt;/b&gt; (cada uno evaluado con su propia copia; abre primero la tuya)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/class_view.py" line="374"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: %n result(s), {1}; {2} followed the lab, {3} verified</source>
        <translation>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt;: %Ln resultado, {1}; {2} siguieron la práctica, {3} verificados</numerusform>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt;: %Ln resultados, {1}; {2} siguieron la práctica, {3} verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/class_view.py" line="380"/>
        <source>; %n file(s) could not be read</source>
        <translation>
            <numerusform>; no se pudo leer %Ln archivo</numerusform>
            <numerusform>; no se pudieron leer %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="386"/>
        <source>(and {0} more)</source>
        <translation>(y {0} más)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/class_view.py" line="405"/>
        <source>no setting differs</source>
        <translation>ningún ajuste es distinto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/class_view.py" line="443"/>
        <source>%n results share one point; they are spread sideways</source>
        <translation>
            <numerusform>%Ln resultado está en este punto</numerusform>
            <numerusform>%Ln resultados están en un mismo punto; se reparten hacia los lados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="214"/>
        <source>Predicted &apos;{0}&apos; before the run:</source>
        <translation>Predicción de «{0}» antes de la ejecución:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="218"/>
        <source>%n student(s) gave a share (median {0}), {1} of them reached it</source>
        <translation>
            <numerusform>%Ln alumno dio una proporción (mediana {0}); la alcanzaron: {1}</numerusform>
            <numerusform>%Ln alumnos dieron una proporción (mediana {0}); la alcanzaron: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="225"/>
        <source>%n said yes</source>
        <translation>
            <numerusform>%Ln dijo sí</numerusform>
            <numerusform>%Ln dijeron sí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="226"/>
        <source>%n said no</source>
        <translation>
            <numerusform>%Ln dijo no</numerusform>
            <numerusform>%Ln dijeron no</numerusform>
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
        <translation>ninguna predicción sellada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/class_results.py" line="232"/>
        <source>%n answered after the run (not counted)</source>
        <translation>
            <numerusform>%Ln respondió después de la ejecución (no cuenta)</numerusform>
            <numerusform>%Ln respondieron después de la ejecución (no cuentan)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="285"/>
        <source>{0}/{1} (first at epoch {2})</source>
        <translation>{0}/{1} (primero en la época {2})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="288"/>
        <source>no: another lab</source>
        <translation>no: otra práctica</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="292"/>
        <location filename="../../core/teaching/class_results.py" line="310"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="294"/>
        <source>no: no lab</source>
        <translation>no: sin práctica</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="302"/>
        <source>no: {0}</source>
        <translation>no: {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="304"/>
        <source>no: see its problems</source>
        <translation>no: mira sus problemas</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="306"/>
        <source>yes, reproduced</source>
        <translation>sí, reproducido</translation>
    </message>
    <message>
        <location filename="../../core/teaching/class_results.py" line="308"/>
        <source>yes; {0}</source>
        <translation>sí; {0}</translation>
    </message>
</context>
<context>
    <name>Collapse</name>
    <message>
        <location filename="../../core/teaching/collapse.py" line="53"/>
        <source>Mode collapse: G now produces only {0} of the {1} support values; it produced {2} earlier in this run.</source>
        <translation>Colapso de modos: G ya solo genera {0} de los {1} valores del soporte; antes en esta ejecución generaba {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="68"/>
        <source>Mode collapse: {0} makes up {1} of G&apos;s numbers; a fair share would be {2}.</source>
        <translation>Colapso de modos: {0} es el {1} de los números de G; una parte justa sería {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="77"/>
        <source>Mode collapse: {0} of G&apos;s numbers are valid, but they use only {1} of the {2} support values.</source>
        <translation>Colapso de modos: el {0} de los números de G es válido, pero solo usan {1} de los {2} valores del soporte.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="87"/>
        <source>G has found a few numbers that fool D and stopped exploring. The &apos;default&apos; preset avoids this: its D judges 16 numbers at once (PacGAN), so a G that repeats itself is easy to catch, and its G keeps sampling noise in every output.</source>
        <translation>G encontró unos pocos números que engañan a D y dejó de explorar. El preajuste &apos;default&apos; lo evita: su D juzga 16 números a la vez (PacGAN), así que un G que se repite se detecta fácilmente, y su G mantiene ruido en cada salida.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/collapse.py" line="94"/>
        <source>Try another seed, a lower learning rate for G, or more epochs: the cosine schedule and weight averaging usually bring the lost values back.</source>
        <translation>Prueba otra semilla, una tasa de aprendizaje menor para G o más épocas: el calendario coseno y el promedio de pesos suelen recuperar los valores perdidos.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <location filename="../../core/engine/device.py" line="58"/>
        <source>CPU, as chosen</source>
        <translation>CPU, como se eligió</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="68"/>
        <source>CUDA ({0}), as chosen</source>
        <translation>CUDA ({0}), como se eligió</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="73"/>
        <source>auto: CPU, the only device this torch {0} sees</source>
        <translation>auto: CPU, el único dispositivo que ve este torch {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="81"/>
        <source>auto: CPU for steps taken one at a time</source>
        <translation>auto: CPU para pasos de uno en uno</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="86"/>
        <source>auto: {0}, measured for this set-up: {1} epochs/s on CUDA ({2}) vs {3} on the CPU</source>
        <translation>auto: {0}, medido para esta configuración: {1} épocas/s con CUDA ({2}) frente a {3} con la CPU</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="143"/>
        <source>Unsaved runs</source>
        <translation>Ejecuciones sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/kit/dialogs.py" line="146"/>
        <source>Trained generators not saved yet: %n</source>
        <translation>
            <numerusform>Generadores entrenados sin guardar: %Ln</numerusform>
            <numerusform>Generadores entrenados sin guardar: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="36"/>
        <source>Sweep seeds</source>
        <translation>Barrido de semillas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="37"/>
        <source>Seeds to train together:</source>
        <translation>Semillas para entrenar a la vez:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="47"/>
        <source>Open an unchecked file?</source>
        <translation>¿Abrir un archivo sin comprobar?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="49"/>
        <source>{0} cannot be opened safely.</source>
        <translation>{0} no se puede abrir de forma segura.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="51"/>
        <source>PatternGAN checked it and found that {0}.

Trusting it means letting PyTorch run the code stored inside the file, with your permissions: it could read, change or delete your files. Only do this for a file from a source you trust.</source>
        <translation>PatternGAN lo ha comprobado y ha encontrado que {0}.

Confiar en él significa dejar que PyTorch ejecute el código guardado en el archivo con tus permisos: podría leer, cambiar o borrar tus archivos. Hazlo solo con un archivo de una fuente de confianza.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="60"/>
        <source>Trust and run its code</source>
        <translation>Confiar y ejecutar su código</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="82"/>
        <source>Export lab result</source>
        <translation>Exportar el resultado de la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="83"/>
        <source>Your name (it goes in the result):</source>
        <translation>Tu nombre (aparece en el resultado):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="102"/>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="121"/>
        <source>CPU only</source>
        <translation>solo CPU</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="122"/>
        <source>Watch a GAN learn to generate integers that follow a pattern.</source>
        <translation>Mira cómo una GAN aprende a generar números enteros que siguen un patrón.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="125"/>
        <source>Device: {0}</source>
        <translation>Dispositivo: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="136"/>
        <source>About PatternGAN</source>
        <translation>Acerca de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/background.py" line="48"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../core/teaching/doctor.py" line="189"/>
        <source>G&apos;s loss log(1 - D(G(z))) rose towards 0: its gradient vanished</source>
        <translation>la pérdida de G, log(1 - D(G(z))), subió hacia 0: su gradiente desapareció</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="192"/>
        <source>G&apos;s loss -log D(G(z)) grew</source>
        <translation>la pérdida de G, -log D(G(z)), creció</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="193"/>
        <source>G&apos;s loss grew towards 0.5 (D scores every fake 0)</source>
        <translation>la pérdida de G creció hacia 0.5 (D puntúa cada falso con 0)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="194"/>
        <source>G&apos;s loss -D(G(z)) grew</source>
        <translation>la pérdida de G, -D(G(z)), creció</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="242"/>
        <source>Healthy: no sign of a failure (no reports yet).</source>
        <translation>Sana: ningún signo de fallo (aún no hay informes).</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="245"/>
        <source>Healthy: no sign of a failure (strict validity {0}, TV {1}, modes covered {2} at epoch {3}).</source>
        <translation>Sana: ningún signo de fallo (validez estricta {0}, TV {1}, modos cubiertos {2} en la época {3}).</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="321"/>
        <location filename="../../core/teaching/doctor.py" line="365"/>
        <source>Lower the learning rate (by 10x), use Adam instead of SGD with high momentum, or choose a preset.</source>
        <translation>Baja la tasa de aprendizaje (a la décima parte), usa Adam en lugar de SGD con mucho momento o elige un preajuste.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="327"/>
        <source>Diverged: {0}&apos;s loss exploded to {1} by epoch {2} ({3}x D&apos;s loss at chance or more; a BCE loss stops near 100 only because torch clips its log), so the weights are as good as infinite: G and D no longer learn.</source>
        <translation>Divergió: la pérdida de {0} explotó hasta {1} en la época {2} ({3} veces la pérdida de D al azar o más; una pérdida BCE se queda cerca de 100 solo porque torch recorta su logaritmo). Los pesos son casi infinitos: G y D ya no aprenden.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="334"/>
        <source>Diverged: {0}&apos;s loss exploded to {1} by epoch {2} ({3}x D&apos;s loss at chance or more), so the weights are as good as infinite: G and D no longer learn.</source>
        <translation>Divergió: la pérdida de {0} explotó hasta {1} en la época {2} ({3} veces la pérdida de D al azar o más). Los pesos son casi infinitos: G y D ya no aprenden.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="352"/>
        <source>Diverged: {0}&apos;s loss became {1} by epoch {2}: a step was so large that a weight overflowed.</source>
        <translation>Divergió: la pérdida de {0} se volvió {1} en la época {2}: un paso fue tan grande que un peso se desbordó.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="361"/>
        <source>The last report before it (epoch {0}) had D loss {1} and G loss {2}.</source>
        <translation>El último informe anterior (época {0}) tenía pérdida de D {1} y pérdida de G {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="430"/>
        <source>D wins outright from epoch {0}: D&apos;s loss {1} is at its floor ({2} of the way from chance), {3} ({4} -&gt; {5} by epoch {6}), and strict validity is {7} (best before: {8}). G gets no useful gradient.</source>
        <translation>D gana claramente desde la época {0}: la pérdida de D ({1}) está en su mínimo ({2} del camino desde el azar), {3} ({4} -&gt; {5} en la época {6}), y la validez estricta es {7} (lo mejor antes: {8}). G no recibe un gradiente útil.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="437"/>
        <source>D wins outright from epoch {0}: D&apos;s loss {1} is at a wide real-fake gap ({2} of the way from chance), {3} ({4} -&gt; {5} by epoch {6}), and strict validity is {7} (best before: {8}). G gets no useful gradient.</source>
        <translation>D gana claramente desde la época {0}: la pérdida de D ({1}) muestra una gran brecha entre real y falso ({2} del camino desde el azar), {3} ({4} -&gt; {5} en la época {6}), y la validez estricta es {7} (lo mejor antes: {8}). G no recibe un gradiente útil.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="448"/>
        <source>Slow D down: a lower learning rate for D (or a higher one for G), one D step per G step, or a D with fewer weights.</source>
        <translation>Frena a D: una tasa de aprendizaje menor para D (o mayor para G), un paso de D por cada paso de G o un D con menos pesos.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="468"/>
        <source>Raise the learning rates (the set-up&apos;s are too small to move the weights), or train more epochs.</source>
        <translation>Sube las tasas de aprendizaje (las de la configuración son demasiado pequeñas para mover los pesos) o entrena más épocas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/doctor.py" line="474"/>
        <source>No learning: over %n epoch(s) strict validity stayed {0} -&gt; {1} (never more than {2} away) and TV {3} -&gt; {4}.</source>
        <translation>
            <numerusform>No aprende: en %Ln época la validez estricta quedó en {0} -&gt; {1} (nunca a más de {2}) y la TV en {3} -&gt; {4}.</numerusform>
            <numerusform>No aprende: en %Ln épocas la validez estricta quedó en {0} -&gt; {1} (nunca a más de {2}) y la TV en {3} -&gt; {4}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="510"/>
        <source>Use a generator whose every head always has one largest value: the softmax or gumbel head (the &apos;default&apos; preset), or judge by strict validity, not book validity.</source>
        <translation>Usa un generador en el que cada cabeza tenga siempre un único valor máximo: la cabeza softmax o gumbel (el preajuste &apos;default&apos;), o juzga por la validez estricta, no por la del libro.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="515"/>
        <source>Undecided samples: from epoch {0}, {1} of G&apos;s numbers have a head with a tie (a ReLU head all zeros); argmax then reads index 0 of that head, a digit G never chose (the book&apos;s remainder 0: a multiple of five by accident): book validity {2}, strict validity {3}.</source>
        <translation>Muestras indecisas: desde la época {0}, {1} de los números de G tienen una cabeza con empate (una cabeza ReLU toda en ceros); argmax lee entonces el índice 0 de esa cabeza, un dígito que G nunca eligió (en el libro, el resto 0: un múltiplo de cinco por casualidad): validez del libro {2}, validez estricta {3}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="555"/>
        <source>G covers only {0} of the {1} support values (best before: {2}); TV {3}</source>
        <translation>G solo cubre {0} de los {1} valores del soporte (lo mejor antes: {2}); TV {3}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="560"/>
        <source>G covers only {0} of the support (best before: {1}); TV {2}</source>
        <translation>G solo cubre {0} del soporte (lo mejor antes: {1}); TV {2}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="565"/>
        <source>a few values take most of G&apos;s numbers (TV {0}, modes covered {1})</source>
        <translation>unos pocos valores se llevan la mayoría de los números de G (TV {0}, modos cubiertos {1})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="569"/>
        <source>G found a few numbers that fool D and stopped exploring: let D judge several numbers at once (pack, as the &apos;default&apos; preset does), keep noise in G&apos;s output (the gumbel head), or lower G&apos;s learning rate.</source>
        <translation>G encontró unos pocos números que engañan a D y dejó de explorar: deja que D juzgue varios números a la vez (pack, como hace el preajuste &apos;default&apos;), mantén ruido en la salida de G (la cabeza gumbel) o baja la tasa de aprendizaje de G.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="575"/>
        <source>Mode collapse from epoch {0}: strict validity is {1} but {2}. At the end: {3} covered, TV {4}.</source>
        <translation>Colapso de modos desde la época {0}: la validez estricta es {1}, pero {2}. Al final: {3} cubierto, TV {4}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="640"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="641"/>
        <source>strict validity</source>
        <translation>validez estricta</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="642"/>
        <source>modes covered</source>
        <translation>modos cubiertos</translation>
    </message>
    <message>
        <location filename="../../core/teaching/doctor.py" line="643"/>
        <source>Lower the learning rates (or the momentum), or use a cosine schedule so the steps shrink towards the end.</source>
        <translation>Baja las tasas de aprendizaje (o el momento) o usa un calendario coseno para que los pasos se acorten hacia el final.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/doctor.py" line="648"/>
        <source>Oscillation from epoch {0}: between epochs {0} and {1} {2} swung between {3} and {4}, turning back %n time(s): G and D chase each other instead of settling.</source>
        <translation>
            <numerusform>Oscilación desde la época {0}: entre las épocas {0} y {1}, {2} osciló entre {3} y {4} y cambió de sentido %Ln vez: G y D se persiguen en lugar de estabilizarse.</numerusform>
            <numerusform>Oscilación desde la época {0}: entre las épocas {0} y {1}, {2} osciló entre {3} y {4} y cambió de sentido %Ln veces: G y D se persiguen en lugar de estabilizarse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="17"/>
        <source>diverged</source>
        <translation>divergencia</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="18"/>
        <source>D wins</source>
        <translation>D gana</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="19"/>
        <source>no learning</source>
        <translation>no aprende</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="20"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="21"/>
        <source>mode collapse</source>
        <translation>colapso de modos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="22"/>
        <source>oscillation</source>
        <translation>oscilación</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/step_words.py" line="23"/>
        <source>healthy</source>
        <translation>sana</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../core/engine/config.py" line="139"/>
        <source>{0}: at most {1} hidden layers, got {2}</source>
        <translation>{0}: como máximo {1} capas ocultas, se indicaron {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="163"/>
        <source>latent: {0} needs {1} GB of evaluation noise; at most {2} with {3} evaluation samples</source>
        <translation>latent: {0} necesita {1} GB de ruido de evaluación; como máximo {2} con {3} muestras de evaluación</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="173"/>
        <source>batch: {0} is not a multiple of pack ({1})</source>
        <translation>batch: {0} no es múltiplo de pack ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="179"/>
        <source>range: the range cannot start below 0</source>
        <translation>range: el rango no puede empezar por debajo de 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="182"/>
        <source>range: the range must end after it starts</source>
        <translation>range: el rango debe terminar después de empezar</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="190"/>
        <source>pattern: {0}</source>
        <translation>patrón: {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="201"/>
        <source>codec: {0}</source>
        <translation>codec: {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="204"/>
        <source>codec: range {0} does not match the pattern&apos;s {1}</source>
        <translation>codec: el rango {0} no coincide con el del patrón ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="211"/>
        <source>loss: {0} needs a D that outputs a score, but with the book head D ends in a Sigmoid (a probability); choose the softmax or gumbel head, or minimax, nonsaturating or lsgan</source>
        <translation>loss: {0} necesita un D que dé una puntuación, pero con la cabeza del libro D termina en una sigmoide (una probabilidad); elige la cabeza softmax o gumbel, o minimax, nonsaturating o lsgan</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="219"/>
        <source>loss: wgan-gp&apos;s gradient penalty needs real and fake in one D step; turn off the book&apos;s separate D steps</source>
        <translation>loss: la penalización de gradiente de wgan-gp necesita real y falso en un solo paso de D; desactiva los pasos de D separados del libro</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="226"/>
        <source>noise: the gumbel head turns part of z into Gumbel noise and needs it normal</source>
        <translation>noise: la cabeza gumbel convierte parte de z en ruido de Gumbel y lo necesita normal</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="244"/>
        <source>{0}: widths as whole numbers separated by commas (64,64), got {1}</source>
        <translation>{0}: anchos como números enteros separados por comas (64,64), se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="249"/>
        <location filename="../../core/engine/config.py" line="255"/>
        <source>{0}: widths must be whole numbers, got {1}</source>
        <translation>{0}: los anchos deben ser números enteros, se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="258"/>
        <source>{0}: widths must be a list of whole numbers, got {1}</source>
        <translation>{0}: los anchos deben ser una lista de números enteros, se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="295"/>
        <source>{0}: must be a whole number, got {1}</source>
        <translation>{0}: debe ser un número entero, se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="299"/>
        <location filename="../../core/engine/config.py" line="326"/>
        <source>{0}: must be at least {1}, got {2}</source>
        <translation>{0}: debe ser al menos {1}, se indicó {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="303"/>
        <location filename="../../core/engine/config.py" line="332"/>
        <source>{0}: must be at most {1}, got {2}</source>
        <translation>{0}: debe ser como máximo {1}, se indicó {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="318"/>
        <source>{0}: must be a number, got {1}</source>
        <translation>{0}: debe ser un número, se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="321"/>
        <source>{0}: must be finite, got {1}</source>
        <translation>{0}: debe ser finito, se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="323"/>
        <source>{0}: must be greater than {1}, got {2}</source>
        <translation>{0}: debe ser mayor que {1}, se indicó {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="329"/>
        <source>{0}: must be less than {1}, got {2}</source>
        <translation>{0}: debe ser menor que {1}, se indicó {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/config.py" line="338"/>
        <source>{0}: must be one of {1}, got {2}</source>
        <translation>{0}: debe ser uno de {1}, se indicó {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/device.py" line="62"/>
        <source>device cuda: CUDA is not available on this machine (torch {0}); choose cpu or auto</source>
        <translation>dispositivo cuda: CUDA no está disponible en este equipo (torch {0}); elige cpu o auto</translation>
    </message>
    <message>
        <location filename="../../core/engine/fast/book.py" line="119"/>
        <location filename="../../core/engine/trainer.py" line="147"/>
        <source>D&apos;s output became NaN at epoch {0}: training diverged; try a lower learning rate or another preset</source>
        <translation>La salida de D se volvió NaN en la época {0}: el entrenamiento divergió; prueba una tasa de aprendizaje menor u otro preajuste</translation>
    </message>
    <message>
        <location filename="../../core/engine/reports.py" line="198"/>
        <source>the {0} loss became {1} by epoch {2}: training diverged; try a lower learning rate or another preset</source>
        <translation>la pérdida de {0} se volvió {1} en la época {2}: el entrenamiento divergió; prueba una tasa de aprendizaje menor u otro preajuste</translation>
    </message>
    <message>
        <location filename="../../core/engine/reports.py" line="242"/>
        <source>out of memory while evaluating a report; use fewer evaluation samples or a smaller latent size</source>
        <translation>sin memoria al evaluar un informe; usa menos muestras de evaluación o un tamaño latente menor</translation>
    </message>
    <message>
        <location filename="../../core/engine/reports.py" line="251"/>
        <source>making a report failed: {0}: {1}</source>
        <translation>no se pudo crear un informe: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/trainer.py" line="134"/>
        <source>the GPU ran out of memory at epoch {0}; use a smaller batch or the CPU</source>
        <translation>la GPU se quedó sin memoria en la época {0}; usa un lote menor o la CPU</translation>
    </message>
    <message>
        <location filename="../../core/engine/trainer.py" line="139"/>
        <source>out of memory at epoch {0}; use a smaller batch or latent size</source>
        <translation>sin memoria en la época {0}; usa un lote o un tamaño latente menor</translation>
    </message>
    <message>
        <location filename="../../core/engine/trainer.py" line="153"/>
        <source>training failed at epoch {0}: {1}</source>
        <translation>el entrenamiento falló en la época {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="66"/>
        <source>cannot write there: {0}</source>
        <translation>no se puede escribir ahí: {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="74"/>
        <source>is a folder; choose a file name</source>
        <translation>es una carpeta; elige un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="81"/>
        <source>is a symbolic link; choose the file itself</source>
        <translation>es un enlace simbólico; elige el archivo mismo</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="89"/>
        <source>is not a regular file (a device or pipe)</source>
        <translation>no es un archivo normal (un dispositivo o una tubería)</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="95"/>
        <source>the folder {0} does not exist</source>
        <translation>la carpeta {0} no existe</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="101"/>
        <source>the folder {0} is not writable</source>
        <translation>no se puede escribir en la carpeta {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/atomic.py" line="131"/>
        <source>cannot save: {0}</source>
        <translation>no se puede guardar: {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="231"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="235"/>
        <source>it is a Python pickle, not a TorchScript archive (refused: unpickling runs code)</source>
        <translation>es un pickle de Python, no un archivo TorchScript (rechazado: deshacer el pickle ejecuta código)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="242"/>
        <source>it is a PNG image, not a generator file</source>
        <translation>es una imagen PNG, no un archivo de generador</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="249"/>
        <source>it holds unrecognised binary data, not a generator file (no zip header)</source>
        <translation>contiene datos binarios desconocidos, no es un archivo de generador (sin cabecera zip)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="255"/>
        <source>it is a text (JSON) file, not a generator file</source>
        <translation>es un archivo de texto (JSON), no un archivo de generador</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="257"/>
        <source>it is a text file, not a generator file</source>
        <translation>es un archivo de texto, no un archivo de generador</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="274"/>
        <source>is a folder, not a generator file</source>
        <translation>es una carpeta, no un archivo de generador</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="277"/>
        <source>is over the {0} MiB limit for a generator file</source>
        <translation>supera el límite de {0} MiB de un archivo de generador</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="289"/>
        <source>is over the size limit for a generator file</source>
        <translation>supera el límite de tamaño de un archivo de generador</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="300"/>
        <location filename="../../core/files/generator_read.py" line="310"/>
        <source>it is a truncated or damaged zip archive</source>
        <translation>es un archivo zip cortado o dañado</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="318"/>
        <source>the archive has {0} members; a generator has few</source>
        <translation>el archivo tiene {0} entradas; un generador tiene pocas</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="325"/>
        <source>the archive unpacks to more than a generator could need</source>
        <translation>el archivo se descomprime en más de lo que un generador puede necesitar</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="338"/>
        <source>the archive has two members with the same name</source>
        <translation>el archivo tiene dos entradas con el mismo nombre</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="345"/>
        <source>the archive has an encrypted member</source>
        <translation>el archivo tiene una entrada cifrada</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="352"/>
        <source>the archive uses a compression TorchScript never writes (a re-packed or crafted file)</source>
        <translation>el archivo usa una compresión que TorchScript nunca escribe (un archivo reempaquetado o manipulado)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="364"/>
        <source>it is a zip archive, but not a PyTorch file</source>
        <translation>es un archivo zip, pero no un archivo de PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="372"/>
        <source>it is a zip archive that holds no model</source>
        <translation>es un archivo zip sin ningún modelo</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="379"/>
        <source>it is a torch.save file (a state dict or pickled object), not a TorchScript generator; save the generator with torch.jit.script(G).save(...)</source>
        <translation>es un archivo de torch.save (un state dict o un objeto en pickle), no un generador TorchScript; guarda el generador con torch.jit.script(G).save(...)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="437"/>
        <source>cannot be opened safely: {0}. It may run its own code when loaded; open it only if you trust where it came from (--trust)</source>
        <translation>no se puede abrir de forma segura: {0}. Puede ejecutar su propio código al cargarse; ábrelo solo si confías en su origen (--trust)</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="482"/>
        <source>its metadata is implausibly large</source>
        <translation>sus metadatos son demasiado grandes para ser creíbles</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="491"/>
        <source>its metadata (patterngan.json) is not valid JSON</source>
        <translation>sus metadatos (patterngan.json) no son JSON válido</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="497"/>
        <source>its metadata is nested implausibly deep</source>
        <translation>sus metadatos están anidados a una profundidad no creíble</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="501"/>
        <source>its metadata is not PatternGAN&apos;s</source>
        <translation>sus metadatos no son de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="505"/>
        <source>it was saved in format {0}, newer than this app reads ({1})</source>
        <translation>se guardó en el formato {0}, más nuevo del que lee esta aplicación ({1})</translation>
    </message>
    <message>
        <location filename="../../core/files/generator_read.py" line="715"/>
        <source>it holds no layer with weights</source>
        <translation>no contiene ninguna capa con pesos</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="92"/>
        <source>pattern {0}</source>
        <translation>patrón {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="145"/>
        <source>{0} has no number in [{1}, {2}): an empty support</source>
        <translation>{0} no tiene ningún número en [{1}, {2}): un soporte vacío</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="160"/>
        <source>weights: longer than {0} characters</source>
        <translation>weights: más de {0} caracteres</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="163"/>
        <source>weights: no values (e.g. weights:2=1,3=2,4=1)</source>
        <translation>weights: no hay valores (p. ej. weights:2=1,3=2,4=1)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="170"/>
        <source>weights: {0} is not VALUE=WEIGHT</source>
        <translation>weights: {0} no es VALOR=PESO</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="173"/>
        <source>weights: the weight of {0} must be 0 or more</source>
        <translation>weights: el peso de {0} debe ser 0 o más</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="176"/>
        <source>weights: {0} is outside the range {1}..{2}</source>
        <translation>weights: {0} está fuera del rango {1}..{2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="179"/>
        <source>weights: {0} is given twice</source>
        <translation>weights: {0} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="183"/>
        <source>weights: every weight is 0: an empty support</source>
        <translation>weights: todos los pesos son 0: un soporte vacío</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="196"/>
        <source>{0}: {1} must be an integer, got {2}</source>
        <translation>{0}: {1} debe ser un número entero, se indicó {2}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="199"/>
        <source>{0}: {1} must be &gt;= {2}, got {3}</source>
        <translation>{0}: {1} debe ser &gt;= {2}, se indicó {3}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="214"/>
        <source>{0}: expected {1}</source>
        <translation>{0}: se esperaba {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="231"/>
        <source>{0}: R must be smaller than K</source>
        <translation>{0}: R debe ser menor que K</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="276"/>
        <source>&apos;expr:&apos;: the expression is empty (e.g. expr:n % 3 == 1)</source>
        <translation>&apos;expr:&apos;: la expresión está vacía (p. ej. expr:n % 3 == 1)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="281"/>
        <source>expression is longer than {0} characters</source>
        <translation>la expresión tiene más de {0} caracteres</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="286"/>
        <source>expression {0}: syntax error ({1})</source>
        <translation>expresión {0}: error de sintaxis ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="297"/>
        <source>expression {0}: unknown name {1} (only n)</source>
        <translation>expresión {0}: nombre desconocido {1} (solo n)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="302"/>
        <source>expression {0}: only integer literals, got {1}</source>
        <translation>expresión {0}: solo se permiten números enteros, se indicó {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="305"/>
        <source>expression {0}: literal {1} is too large</source>
        <translation>expresión {0}: el número {1} es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="309"/>
        <source>function calls</source>
        <translation>llamadas a funciones</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="310"/>
        <source>attribute access</source>
        <translation>acceso a atributos</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="311"/>
        <source>subscripts</source>
        <translation>índices</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="312"/>
        <source>the ** operator</source>
        <translation>el operador **</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="313"/>
        <source>&apos;/&apos; (use // for integer division)</source>
        <translation>&apos;/&apos; (usa // para la división entera)</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="314"/>
        <source>lambdas</source>
        <translation>lambdas</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="316"/>
        <source>expression {0}: {1} not allowed</source>
        <translation>expresión {0}: {1} no permitido</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="338"/>
        <source>expression divides by zero at n = {0}</source>
        <translation>la expresión divide entre cero en n = {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/patterns.py" line="348"/>
        <source>expression: numbers grow too large at n = {0}</source>
        <translation>expresión: los números crecen demasiado en n = {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/sweep.py" line="368"/>
        <source>the sweep failed at epoch {0}: {1}</source>
        <translation>el barrido falló en la época {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="107"/>
        <source>{0}: not a text file (lab files are UTF-8 TOML)</source>
        <translation>{0}: no es un archivo de texto (los archivos de práctica son TOML en UTF-8)</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="162"/>
        <source>not a lab file: its structure is nested far too deep</source>
        <translation>no es un archivo de práctica: su estructura está anidada demasiado</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="174"/>
        <source>line {0}, key {1}: {2}</source>
        <translation>línea {0}, clave {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="177"/>
        <source>key {0}: {1}</source>
        <translation>clave {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="182"/>
        <source>unknown key (known: {0})</source>
        <translation>clave desconocida (conocidas: {0})</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="196"/>
        <location filename="../../core/files/lab_file.py" line="214"/>
        <location filename="../../core/files/lab_file.py" line="289"/>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="199"/>
        <source>must be a short folder path on one line</source>
        <translation>debe ser una ruta de carpeta corta en una línea</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="203"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="207"/>
        <source>must be a table ([setup])</source>
        <translation>debe ser una tabla ([setup])</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="211"/>
        <source>not a set-up field</source>
        <translation>no es un campo de la configuración</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="230"/>
        <source>must be a table ([controls])</source>
        <translation>debe ser una tabla ([controls])</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="236"/>
        <source>unknown key (known: locked, hidden)</source>
        <translation>clave desconocida (conocidas: locked, hidden)</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="242"/>
        <source>must be a list of control names</source>
        <translation>debe ser una lista de nombres de controles</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="273"/>
        <source>must be tables such as [translations.de]</source>
        <translation>deben ser tablas como [translations.de]</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="280"/>
        <source>a language is a two-letter code such as de or es</source>
        <translation>un idioma es un código de dos letras como de o es</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="283"/>
        <source>must be a table</source>
        <translation>debe ser una tabla</translation>
    </message>
    <message>
        <location filename="../../core/files/lab_file.py" line="296"/>
        <source>must be a list of strings, in the lab&apos;s order</source>
        <translation>debe ser una lista de textos, en el orden de la práctica</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="56"/>
        <source>codec range R must be an integer &gt;= 2, got {0}</source>
        <translation>el rango R del códec debe ser un entero &gt;= 2, se indicó {0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="65"/>
        <source>codec range R={0} is larger than the maximum {1}</source>
        <translation>el rango R={0} del códec es mayor que el máximo {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="78"/>
        <source>codec qr:M needs M &gt;= 2, got M={0}</source>
        <translation>el códec qr:M necesita M &gt;= 2, se indicó M={0}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="87"/>
        <source>codec qr:{0} has M larger than the range R={1}</source>
        <translation>el códec qr:{0} tiene una M mayor que el rango R={1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="100"/>
        <source>codec onehot takes no M</source>
        <translation>el códec onehot no lleva M</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="107"/>
        <source>unknown codec kind {0} (expected qr or onehot)</source>
        <translation>tipo de códec desconocido {0} (se esperaba qr u onehot)</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="263"/>
        <source>codec {0}: M must be an integer, as in qr:5</source>
        <translation>códec {0}: M debe ser un entero, como en qr:5</translation>
    </message>
    <message>
        <location filename="../../core/engine/codecs.py" line="272"/>
        <source>unknown codec {0} (expected auto, qr:M or onehot)</source>
        <translation>códec desconocido {0} (se esperaba auto, qr:M u onehot)</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="154"/>
        <source>it is not a PatternGAN lab result</source>
        <translation>no es un resultado de práctica de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="160"/>
        <source>it was saved in a newer result format</source>
        <translation>se guardó en un formato de resultado más nuevo</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="166"/>
        <source>a lab result holds exactly one run</source>
        <translation>un resultado de práctica contiene exactamente una ejecución</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="195"/>
        <source>it is not a PatternGAN lab result ({0})</source>
        <translation>no es un resultado de práctica de PatternGAN ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="199"/>
        <source>its result is malformed ({0})</source>
        <translation>su resultado está mal formado ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/result_file.py" line="202"/>
        <location filename="../../core/files/session_file.py" line="249"/>
        <source>it could not be read ({0})</source>
        <translation>no se pudo leer ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="235"/>
        <source>a run&apos;s generator: {0}</source>
        <translation>generador de una ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="242"/>
        <source>it is not a PatternGAN session (a damaged zip)</source>
        <translation>no es una sesión de PatternGAN (un zip dañado)</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="246"/>
        <source>its contents are malformed ({0})</source>
        <translation>su contenido está mal formado ({0})</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="265"/>
        <source>its archive has duplicate or too many members</source>
        <translation>su archivo tiene entradas repetidas o demasiadas</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="270"/>
        <source>its archive has an encrypted member</source>
        <translation>su archivo tiene una entrada cifrada</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="277"/>
        <source>it is not a PatternGAN session (no session.json)</source>
        <translation>no es una sesión de PatternGAN (sin session.json)</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="288"/>
        <source>session.json holds more tables and lists than a session</source>
        <translation>session.json contiene más tablas y listas que una sesión</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="296"/>
        <source>it is not a PatternGAN session</source>
        <translation>no es una sesión de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="305"/>
        <source>its list of runs is malformed</source>
        <translation>su lista de ejecuciones está mal formada</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="308"/>
        <source>it holds {0} runs; at most {1} expected</source>
        <translation>contiene {0} ejecuciones; se esperaban como máximo {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="316"/>
        <source>a run&apos;s entry is malformed</source>
        <translation>la entrada de una ejecución está mal formada</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="365"/>
        <source>its list of sweeps is malformed</source>
        <translation>su lista de barridos está mal formada</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="377"/>
        <source>a sweep has more reports than a sweep can have</source>
        <translation>un barrido tiene más informes de los que puede tener</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="385"/>
        <source>a sweep has more seeds than a sweep can have</source>
        <translation>un barrido tiene más semillas de las que puede tener</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="392"/>
        <source>more data than a session could hold</source>
        <translation>más datos de los que puede contener una sesión</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="400"/>
        <source>a sweep&apos;s distributions do not match its range</source>
        <translation>las distribuciones de un barrido no coinciden con su rango</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="415"/>
        <source>a sweep&apos;s report does not match its seeds</source>
        <translation>un informe de un barrido no coincide con sus semillas</translation>
    </message>
    <message>
        <location filename="../../core/files/session_file.py" line="424"/>
        <source>a sweep&apos;s distributions do not match its seeds</source>
        <translation>las distribuciones de un barrido no coinciden con sus semillas</translation>
    </message>
    <message>
        <location filename="../../core/files/bundle.py" line="45"/>
        <source>{0}: not a folder</source>
        <translation>{0}: no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../core/files/bundle.py" line="51"/>
        <source>cannot write in {0}: {1}</source>
        <translation>no se puede escribir en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/files/bundle.py" line="66"/>
        <source>could not write the bundle in {0}: {1}</source>
        <translation>no se pudo escribir el paquete de la ejecución en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="54"/>
        <source>{0}: not a regular file</source>
        <translation>{0}: no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="59"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: no se puede leer ({1})</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="92"/>
        <source>{0}: larger than {1} MB</source>
        <translation>{0}: mayor de {1} MB</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="104"/>
        <source>{0}: not a text file (UTF-8)</source>
        <translation>{0}: no es un archivo de texto (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="123"/>
        <source>{0} line {1}: {2} is not a whole number (digits 0-9, an optional minus)</source>
        <translation>{0} línea {1}: {2} no es un número entero (cifras 0-9, con un signo menos opcional)</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="132"/>
        <source>{0} line {1}: {2} is outside 0..{3} (targets are non-negative integers)</source>
        <translation>{0} línea {1}: {2} está fuera de 0..{3} (los objetivos son enteros no negativos)</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets.py" line="143"/>
        <source>{0}: no integers in it</source>
        <translation>{0}: no contiene enteros</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="24"/>
        <source>PatternGAN session (*.pgsession);;All files (*)</source>
        <translation>Sesión de PatternGAN (*.pgsession);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="25"/>
        <source>PatternGAN lab result (*.pgresult);;All files (*)</source>
        <translation>Resultado de práctica de PatternGAN (*.pgresult);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="60"/>
        <source>Export lab result</source>
        <translation>Exportar el resultado de la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="76"/>
        <source>The lab&apos;s results folder {0} does not exist</source>
        <translation>La carpeta de resultados de la práctica {0} no existe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="107"/>
        <source>Could not export the lab result</source>
        <translation>No se pudo exportar el resultado de la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="111"/>
        <source>Exported the lab result to {0}</source>
        <translation>Resultado de la práctica exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="134"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="136"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="158"/>
        <source>Could not export the report</source>
        <translation>No se pudo exportar el informe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="161"/>
        <source>Exported the report to {0}</source>
        <translation>Informe exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="169"/>
        <source>Open results</source>
        <translation>Abrir resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="489"/>
        <source>Training %n run(s) again...</source>
        <translation>
            <numerusform>Volviendo a entrenar %Ln ejecución…</numerusform>
            <numerusform>Volviendo a entrenar %Ln ejecuciones…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="215"/>
        <source>Opening results cancelled</source>
        <translation>Apertura de resultados cancelada</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="223"/>
        <source>{0}: goals {1}/{2}</source>
        <translation>{0}: objetivos {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="226"/>
        <source>({0}: its goals do not count)</source>
        <translation>({0}: sus objetivos no cuentan)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="229"/>
        <source>(made with another lab)</source>
        <translation>(hecho con otra práctica)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="231"/>
        <source>(not verified)</source>
        <translation>(no verificado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="242"/>
        <source>%n file(s) left out: the runs opened hold {0} GB already</source>
        <translation>
            <numerusform>Se omitió %Ln archivo: las ejecuciones abiertas ya ocupan {0} GB</numerusform>
            <numerusform>Se omitieron %Ln archivos: las ejecuciones abiertas ya ocupan {0} GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="249"/>
        <source>
... and %n more</source>
        <translation>
            <numerusform>
… y %Ln más</numerusform>
            <numerusform>
… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="251"/>
        <source>Some results could not be opened</source>
        <translation>No se pudieron abrir algunos resultados</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="262"/>
        <source>Open class folder</source>
        <translation>Abrir carpeta de la clase</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="276"/>
        <source>Reading the results in {0}...</source>
        <translation>Leyendo los resultados de {0}…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="280"/>
        <source>Opening the class folder cancelled</source>
        <translation>Apertura de la carpeta de la clase cancelada</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="283"/>
        <source>Could not open the class folder</source>
        <translation>No se pudo abrir la carpeta de la clase</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="327"/>
        <source>{0} labs name this folder ({1})</source>
        <translation>{0} prácticas nombran esta carpeta ({1})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="345"/>
        <source>Every student&apos;s lab result at once</source>
        <translation>Los resultados de todos los alumnos a la vez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="402"/>
        <source>Saved %n run(s) to {0}</source>
        <translation>
            <numerusform>%Ln ejecución guardada en {0}</numerusform>
            <numerusform>%Ln ejecuciones guardadas en {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="457"/>
        <source>Opened {0} and {1} from {2}{3}</source>
        <translation>{0} y {1} abiertos de {2}{3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="458"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%Ln ejecución</numerusform>
            <numerusform>%Ln ejecuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="459"/>
        <source>%n sweep(s)</source>
        <translation>
            <numerusform>%Ln barrido</numerusform>
            <numerusform>%Ln barridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="464"/>
        <source>Opened %n run(s) from {0}{1}</source>
        <translation>
            <numerusform>%Ln ejecución abierta de {0}{1}</numerusform>
            <numerusform>%Ln ejecuciones abiertas de {0}{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="483"/>
        <source>Stop the training first: the rerun needs the processor</source>
        <translation>Detén primero el entrenamiento: volver a entrenar necesita el procesador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="494"/>
        <source>Rerun cancelled</source>
        <translation>Reentrenamiento cancelado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="498"/>
        <source>Rerun: {0} of {1} reproduced</source>
        <translation>Reentrenamiento: {0} de {1} reproducidas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="363"/>
        <source>Export the class table</source>
        <translation>Exportar la tabla de la clase</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="210"/>
        <source>Reading %n result(s)...</source>
        <translation>
            <numerusform>Leyendo %Ln resultado…</numerusform>
            <numerusform>Leyendo %Ln resultados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="255"/>
        <source>Opened %n result(s)</source>
        <translation>
            <numerusform>%Ln resultado abierto</numerusform>
            <numerusform>%Ln resultados abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/classroom.py" line="293"/>
        <source>Opened %n result(s) from {0}</source>
        <translation>
            <numerusform>%Ln resultado abierto de {0}</numerusform>
            <numerusform>%Ln resultados abiertos de {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="367"/>
        <source>Could not export the class table</source>
        <translation>No se pudo exportar la tabla de la clase</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="377"/>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="395"/>
        <source>Could not save the session</source>
        <translation>No se pudo guardar la sesión</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="412"/>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="436"/>
        <source>Reading {0}...</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="443"/>
        <source>Could not open the session</source>
        <translation>No se pudo abrir la sesión</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="33"/>
        <source>PatternGAN generator (*.pt);;All files (*)</source>
        <translation>Generador de PatternGAN (*.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="80"/>
        <source>Open generator</source>
        <translation>Abrir generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="103"/>
        <source>Checking {0}...</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="107"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="120"/>
        <source>Opening cancelled</source>
        <translation>Apertura cancelada</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="116"/>
        <source>Loading {0}...</source>
        <translation>Cargando {0}…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="123"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="126"/>
        <source>Could not open the generator</source>
        <translation>No se pudo abrir el generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="443"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: codec {1} (R = {2}), latent size {3}, {4} generator</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: códec {1} (R = {2}), tamaño latente {3}, generador {4}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="453"/>
        <source>, {0} epochs of preset {1}</source>
        <translation>, {0} épocas del preajuste {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="457"/>
        <source>; &lt;b&gt;trusted&lt;/b&gt;: its code ran</source>
        <translation>; &lt;b&gt;de confianza&lt;/b&gt;: su código se ejecutó</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="459"/>
        <source>; opened safely</source>
        <translation>; abierto de forma segura</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="461"/>
        <source>. In Python, as the chapter does: &lt;code&gt;{0}&lt;/code&gt;</source>
        <translation>. En Python, como hace el capítulo: &lt;code&gt;{0}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="137"/>
        <source>Opened {0}; the lab keeps its {1} (F5 trains the lab&apos;s task, not the file&apos;s)</source>
        <translation>{0} abierto; la práctica mantiene sus valores de: {1} (F5 entrena la tarea de la práctica, no la del archivo)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="143"/>
        <source>Opened {0}</source>
        <translation>{0} abierto</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="166"/>
        <source>; the lab keeps its {0} (F5 trains the lab&apos;s task)</source>
        <translation>; la práctica mantiene sus valores de: {0} (F5 entrena la tarea de la práctica)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="182"/>
        <source>Save generator</source>
        <translation>Guardar generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="196"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="227"/>
        <source>Could not save the generator</source>
        <translation>No se pudo guardar el generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="200"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="305"/>
        <source>Saved {0}</source>
        <translation>{0} guardado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="210"/>
        <location filename="../../patterngan_gui/controllers/files.py" line="251"/>
        <source>Save run #{0}</source>
        <translation>Guardar la ejecución n.º {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="235"/>
        <source>Saved run #{0} as {1}</source>
        <translation>Ejecución n.º {0} guardada como {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="264"/>
        <source>Export plots</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="266"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="271"/>
        <source>Could not export the plots</source>
        <translation>No se pudieron exportar los gráficos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="272"/>
        <source>{0}: the picture could not be written</source>
        <translation>{0}: no se pudo escribir la imagen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="281"/>
        <source>Export metrics</source>
        <translation>Exportar métricas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="285"/>
        <source>Could not export the metrics</source>
        <translation>No se pudieron exportar las métricas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="291"/>
        <source>Save samples as CSV</source>
        <translation>Guardar las muestras como CSV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="295"/>
        <source>Could not save the samples</source>
        <translation>No se pudieron guardar las muestras</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="322"/>
        <source>Export run bundle as a new folder</source>
        <translation>Exportar el paquete de la ejecución como carpeta nueva</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="324"/>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="357"/>
        <source>Could not export the run bundle</source>
        <translation>No se pudo exportar el paquete de la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="360"/>
        <source>Exported the run bundle to {0}</source>
        <translation>Paquete de la ejecución exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="470"/>
        <source>Run #{0} of this window: epoch {1}, preset {2}, codec {3}. In Python, as the chapter does: &lt;code&gt;{4}&lt;/code&gt; then &lt;code&gt;{5}&lt;/code&gt;</source>
        <translation>Ejecución n.º {0} de esta ventana: época {1}, preajuste {2}, códec {3}. En Python, como hace el capítulo: &lt;code&gt;{4}&lt;/code&gt; y luego &lt;code&gt;{5}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="476"/>
        <source>Run #{0} of this window: epoch {1}, preset {2}, codec {3}. In Python, as the chapter does, once saved: &lt;code&gt;{4}&lt;/code&gt; then &lt;code&gt;{5}&lt;/code&gt;</source>
        <translation>Ejecución n.º {0} de esta ventana: época {1}, preajuste {2}, códec {3}. En Python, como hace el capítulo, una vez guardado: &lt;code&gt;{4}&lt;/code&gt; y luego &lt;code&gt;{5}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/files.py" line="419"/>
        <source>Raw values are kept for draws of up to {0} sequences; draw fewer to inspect one.</source>
        <translation>Los valores brutos se guardan para tiradas de hasta {0} secuencias; obtén menos para examinar una.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="22"/>
        <source>PatternGAN lab (*.toml);;All files (*)</source>
        <translation>Práctica de PatternGAN (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="36"/>
        <source>Open lab</source>
        <translation>Abrir práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="54"/>
        <source>Could not open the lab</source>
        <translation>No se pudo abrir la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="57"/>
        <source>Opened the lab {0}</source>
        <translation>Práctica {0} abierta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="79"/>
        <source>Cannot save a lab</source>
        <translation>No se puede guardar una práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="80"/>
        <source>invalid set-up</source>
        <translation>configuración no válida</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="91"/>
        <source>Save lab</source>
        <translation>Guardar práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="106"/>
        <source>Could not save the lab</source>
        <translation>No se pudo guardar la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/labs.py" line="108"/>
        <source>Saved the lab {0}</source>
        <translation>Práctica {0} guardada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/controllers/recovery.py" line="271"/>
        <source>(%n more after it)</source>
        <translation>
            <numerusform>(y %Ln más después)</numerusform>
            <numerusform>(y %Ln más después)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="272"/>
        <source>Runs were kept when PatternGAN was stopped: File &gt; Open recovered session... ({0})</source>
        <translation>Se guardaron ejecuciones al detenerse PatternGAN: Archivo &gt; Abrir sesión recuperada… ({0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="277"/>
        <source>PatternGAN was stopped with unsaved work, kept in {0}. Open it now?</source>
        <translation>PatternGAN se detuvo con trabajo sin guardar, conservado en {0}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="282"/>
        <source>Recovered work</source>
        <translation>Trabajo recuperado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="300"/>
        <source>There is no recovered session</source>
        <translation>No hay ninguna sesión recuperada</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/recovery.py" line="325"/>
        <source>The recovered lab could not be read: {0}</source>
        <translation>No se pudo leer la práctica recuperada: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="56"/>
        <source>Cannot start the sweep</source>
        <translation>No se puede iniciar el barrido</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="70"/>
        <source>The sweep stopped</source>
        <translation>El barrido se detuvo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="93"/>
        <source>Sweep finished: kept in the Runs tab</source>
        <translation>Barrido terminado: guardado en la pestaña Ejecuciones</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="11"/>
        <source>&lt;h2&gt;How PatternGAN works&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cómo funciona PatternGAN&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="15"/>
        <source>&lt;h3&gt;Numbers a network can read&lt;/h3&gt; &lt;p&gt;A network cannot nudge 15 into 20: it adjusts values by small amounts. So each integer is written as &lt;i&gt;one-hot&lt;/i&gt; choices. The book&apos;s &lt;b&gt;qr:5&lt;/b&gt; codec writes n = 5 &amp;times; quotient + remainder: a 20-value one-hot for the quotient followed by a 5-value one-hot for the remainder, 25 values in all. 75 is quotient 15, remainder 0. The &lt;b&gt;one-hot&lt;/b&gt; codec uses a single choice among all R integers. To read a generated vector back, each head&apos;s largest value (its &lt;i&gt;argmax&lt;/i&gt;) is taken.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Números que una red puede leer&lt;/h3&gt; &lt;p&gt;Una red no puede empujar 15 hasta 20: ajusta los valores poco a poco. Por eso cada entero se escribe como elecciones &lt;i&gt;one-hot&lt;/i&gt;. El códec &lt;b&gt;qr:5&lt;/b&gt; del libro escribe n = 5 &amp;times; cociente + resto: un one-hot de 20 valores para el cociente seguido de un one-hot de 5 valores para el resto, 25 valores en total. 75 es cociente 15, resto 0. El códec &lt;b&gt;one-hot&lt;/b&gt; usa una sola elección entre los R enteros. Para leer un vector generado, se toma el mayor valor de cada cabeza (su &lt;i&gt;argmax&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="25"/>
        <source>&lt;h3&gt;Two networks, three steps&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;generator G&lt;/b&gt; turns random noise z into a vector. The &lt;b&gt;discriminator D&lt;/b&gt; looks at a vector and says how likely it is to be real. Every epoch (one batch):&lt;/p&gt; &lt;ol&gt; &lt;li&gt;&lt;b&gt;D on real&lt;/b&gt;: D sees real numbers from the pattern and learns to say &quot;real&quot; (label 1).&lt;/li&gt; &lt;li&gt;&lt;b&gt;D on fake&lt;/b&gt;: D sees G&apos;s numbers and learns to say &quot;fake&quot; (label 0).&lt;/li&gt; &lt;li&gt;&lt;b&gt;G&lt;/b&gt;: G changes so that D would call its numbers real.&lt;/li&gt; &lt;/ol&gt; &lt;p&gt;The better presets do steps 1 and 2 together, as most GAN code does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dos redes, tres pasos&lt;/h3&gt; &lt;p&gt;El &lt;b&gt;generador G&lt;/b&gt; convierte ruido aleatorio z en un vector. El &lt;b&gt;discriminador D&lt;/b&gt; mira un vector y dice lo probable que es que sea real. En cada época (un lote):&lt;/p&gt; &lt;ol&gt; &lt;li&gt;&lt;b&gt;D con lo real&lt;/b&gt;: D ve números reales del patrón y aprende a decir «real» (etiqueta 1).&lt;/li&gt; &lt;li&gt;&lt;b&gt;D con lo falso&lt;/b&gt;: D ve los números de G y aprende a decir «falso» (etiqueta 0).&lt;/li&gt; &lt;li&gt;&lt;b&gt;G&lt;/b&gt;: G cambia para que D llame reales a sus números.&lt;/li&gt; &lt;/ol&gt; &lt;p&gt;Los mejores preajustes hacen los pasos 1 y 2 juntos, como la mayoría del código GAN.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="35"/>
        <source>&lt;h3&gt;What the numbers mean&lt;/h3&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Decisive&lt;/b&gt;: every head has a single largest value. The book&apos;s G ends in ReLU, so a head is often all zeros; argmax then picks index 0, and the number looks like a multiple of five by accident. Such samples are &lt;i&gt;undecided&lt;/i&gt; (marked with a ?).&lt;/li&gt; &lt;li&gt;&lt;b&gt;Strict validity&lt;/b&gt;: the share of samples that are decisive and follow the pattern. &lt;b&gt;Book validity&lt;/b&gt; counts argmax alone, as the chapter does.&lt;/li&gt; &lt;li&gt;&lt;b&gt;TV distance&lt;/b&gt;: how far the generated distribution is from &quot;every number of the pattern equally often&quot; (0 = identical, 1 = nothing in common); undecided samples count as an outcome of their own. &lt;b&gt;JS divergence&lt;/b&gt; measures the same gap in bits.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Modes covered&lt;/b&gt;: how many of the pattern&apos;s numbers appear at least once in 10,000 samples. A generator that always says 25 is valid but covers one mode: that is &lt;i&gt;mode collapse&lt;/i&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;D&apos;s view&lt;/b&gt;: D&apos;s &quot;real&quot; probability for every integer. Early on it is high exactly on the pattern; as G catches up it flattens towards 0.5.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Qué significan los números&lt;/h3&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Decidida&lt;/b&gt;: cada cabeza tiene un único valor mayor. El G del libro termina en ReLU, así que una cabeza a menudo es toda ceros; argmax elige entonces el índice 0, y el número parece un múltiplo de cinco por casualidad. Esas muestras son &lt;i&gt;indecisas&lt;/i&gt; (marcadas con ?).&lt;/li&gt; &lt;li&gt;&lt;b&gt;Validez estricta&lt;/b&gt;: la proporción de muestras decididas que siguen el patrón. La &lt;b&gt;validez del libro&lt;/b&gt; cuenta solo argmax, como hace el capítulo.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Distancia TV&lt;/b&gt;: lo lejos que está la distribución generada de «cada número del patrón con la misma frecuencia» (0 = idénticas, 1 = nada en común); las muestras indecisas cuentan como un resultado propio. La &lt;b&gt;divergencia JS&lt;/b&gt; mide la misma distancia en bits.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Modos cubiertos&lt;/b&gt;: cuántos números del patrón aparecen al menos una vez en 10.000 muestras. Un generador que siempre dice 25 es válido pero cubre un solo modo: eso es un &lt;i&gt;colapso de modos&lt;/i&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Vista de D&lt;/b&gt;: la probabilidad de «real» que D da a cada entero. Al principio es alta justo en el patrón; cuando G lo alcanza, se aplana hacia 0,5.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/help_text.py" line="52"/>
        <source>&lt;h3&gt;Presets&lt;/h3&gt; &lt;p&gt;&lt;b&gt;book&lt;/b&gt; is the chapter exactly. &lt;b&gt;default&lt;/b&gt; gives G a noise-driven choice per head (Gumbel-softmax, straight-through) and D a hidden layer that judges 16 samples at once (PacGAN), which avoids both traps above. &lt;b&gt;collapse&lt;/b&gt; shows mode collapse on purpose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preajustes&lt;/h3&gt; &lt;p&gt;&lt;b&gt;book&lt;/b&gt; es exactamente el capítulo. &lt;b&gt;default&lt;/b&gt; da a G una elección guiada por el ruido en cada cabeza (Gumbel-softmax, straight-through) y a D una capa oculta que juzga 16 muestras a la vez (PacGAN), lo que evita las dos trampas de arriba. &lt;b&gt;collapse&lt;/b&gt; muestra un colapso de modos a propósito.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="86"/>
        <source>the unique maximum: argmax</source>
        <translation>el máximo único: argmax</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="88"/>
        <source>a shared maximum ({0})</source>
        <translation>un máximo compartido ({0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="103"/>
        <source>Inspector views</source>
        <translation>Vistas del inspector</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="113"/>
        <source>Type a number, or click one on the distribution or D&apos;s view</source>
        <translation>Escribe un número o haz clic en uno de la distribución o de la vista de D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="116"/>
        <source>Integer to encode</source>
        <translation>Número entero que codificar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="118"/>
        <source>&amp;Integer:</source>
        <translation>Entero:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="127"/>
        <source>Generated numbers: train, step or sample first.</source>
        <translation>Números generados: primero entrena, da un paso o toma muestras.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="140"/>
        <source>What decoding made of it</source>
        <translation>Lo que la decodificación hizo con él</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="143"/>
        <source>Head values</source>
        <translation>Valores de las cabezas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="148"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="155"/>
        <source>Maths</source>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="151"/>
        <source>The last step&apos;s maths</source>
        <translation>Las matemáticas del último paso</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="224"/>
        <source>undecided: click to see why</source>
        <translation>indeciso: haz clic para ver por qué</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="226"/>
        <source>click to see its heads</source>
        <translation>haz clic para ver sus cabezas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="232"/>
        <source>G&apos;s numbers at epoch {0} (click one; &apos;?&apos; = undecided):</source>
        <translation>Números de G en la época {0} (haz clic en uno; &apos;?&apos; = indeciso):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="235"/>
        <source>{0} (click one; &apos;?&apos; = undecided):</source>
        <translation>{0} (haz clic en uno; &apos;?&apos; = indeciso):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="267"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; (decisive): {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (decidido): {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="269"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; (&lt;b&gt;undecided&lt;/b&gt;): {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (&lt;b&gt;indeciso&lt;/b&gt;): {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="283"/>
        <source>{0} encoded</source>
        <translation>{0} codificado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_panel.py" line="286"/>
        <source>G&apos;s {0}</source>
        <translation>{0} de G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="19"/>
        <source>quotient</source>
        <translation>cociente</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="20"/>
        <source>remainder</source>
        <translation>resto</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="21"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="41"/>
        <source>contains NaN</source>
        <translation>contiene NaN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="45"/>
        <source>unique maximum {0} at index {1}</source>
        <translation>máximo único {0} en el índice {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="48"/>
        <source>all zeros</source>
        <translation>todo ceros</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="50"/>
        <source>tie at {0} between indices {1}</source>
        <translation>empate en {0} entre los índices {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="58"/>
        <source>{0} head: {1}</source>
        <translation>cabeza {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="60"/>
        <source>{0} head: {1}, so argmax gives {2}</source>
        <translation>cabeza {0}: {1}, así que argmax da {2}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="63"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="65"/>
        <source>Every head has a unique maximum: the generator really said {0}.</source>
        <translation>Cada cabeza tiene un máximo único: el generador realmente dijo {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="69"/>
        <source>Not decisive: argmax alone reads {0}, but that number was not chosen by the generator.</source>
        <translation>No decidido: argmax por sí solo lee {0}, pero el generador no eligió ese número.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="78"/>
        <source>An all-zero remainder head gives remainder 0, so the number looks like a multiple of {0} by accident: the book counts it as valid.</source>
        <translation>Una cabeza de resto con todo ceros da resto 0, así que el número parece múltiplo de {0} por casualidad: el libro lo cuenta como válido.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="91"/>
        <source>{0} = {1} x {2} + {3}: quotient one-hot has a 1 at index {1} of {4}, remainder one-hot a 1 at index {3} of {2} ({5} values in all).</source>
        <translation>{0} = {1} x {2} + {3}: el one-hot del cociente tiene un 1 en el índice {1} de {4}; el del resto, un 1 en el índice {3} de {2} ({5} valores en total).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/inspector_words.py" line="97"/>
        <source>{0}: a single one-hot of {1} values with its 1 at index {0}.</source>
        <translation>{0}: un único one-hot de {1} valores con su 1 en el índice {0}.</translation>
    </message>
</context>
<context>
    <name>Judge</name>
    <message>
        <location filename="../../core/teaching/judge.py" line="137"/>
        <source>strict validity</source>
        <translation>validez estricta</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="138"/>
        <source>book validity</source>
        <translation>validez del libro</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="139"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="140"/>
        <source>tv</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="141"/>
        <source>js bits</source>
        <translation>JS (bits)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="142"/>
        <source>modes covered</source>
        <translation>modos cubiertos</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="159"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="160"/>
        <source>at epoch {0}</source>
        <translation>en la época {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="171"/>
        <source>its report rows do not match its curves&apos; epochs</source>
        <translation>sus filas de informe no coinciden con las épocas de sus curvas</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="174"/>
        <source>its curves&apos; epochs do not increase</source>
        <translation>las épocas de sus curvas no aumentan</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="176"/>
        <source>its curves go to epoch {0}, past the {1} epochs its set-up trains</source>
        <translation>sus curvas llegan a la época {0}, más allá de las {1} épocas de su configuración</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="186"/>
        <source>its {0} curve differs from its report rows</source>
        <translation>su curva de {0} difiere de sus filas de informe</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="196"/>
        <source>its last report differs from its last kept snapshot</source>
        <translation>su último informe difiere de su última instantánea</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="202"/>
        <source>its generator was saved with another set-up than the run records</source>
        <translation>su generador se guardó con otra configuración que la que registra la ejecución</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="208"/>
        <source>its generator says it trained {0} epochs, its curves end at epoch {1}</source>
        <translation>su generador dice que entrenó {0} épocas, sus curvas terminan en la época {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="228"/>
        <source>its copy of the lab cannot be read, so its goals cannot be checked</source>
        <translation>su copia de la práctica no se puede leer, así que sus objetivos no se pueden comprobar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/judge.py" line="236"/>
        <source>it claims %n goal(s) not among its lab&apos;s {0} ({1})</source>
        <translation>
            <numerusform>declara %Ln objetivo que no está entre los {0} de su práctica ({1})</numerusform>
            <numerusform>declara %Ln objetivos que no están entre los {0} de su práctica ({1})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="249"/>
        <source> (after its last epoch, {0})</source>
        <translation> (después de su última época, {0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="251"/>
        <source>goal {0} claims to be met {1}{2}; its curves meet it {3}</source>
        <translation>el objetivo {0} dice alcanzarse {1}{2}; sus curvas lo alcanzan {3}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="294"/>
        <source>it claims a final {0} of {1}; its last report says {2}</source>
        <translation>declara un valor final de {0} de {1}; su último informe dice {2}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="299"/>
        <source>it carries no generator, so its final numbers cannot be measured</source>
        <translation>no lleva generador, así que sus valores finales no se pueden medir</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="305"/>
        <source>its generator does not fit the set-up its run records</source>
        <translation>su generador no encaja con la configuración que registra su ejecución</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="316"/>
        <source>its last report&apos;s {0} ({1}) is not what its generator gives ({2}, within {3})</source>
        <translation>{0} del último informe ({1}) no es lo que da su generador ({2}, con tolerancia {3})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="334"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="342"/>
        <source>a prediction claims to be sealed but was typed at epoch {0}</source>
        <translation>una predicción dice estar sellada pero se escribió en la época {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="348"/>
        <source>a prediction claims to be sealed but its run sealed none</source>
        <translation>una predicción dice estar sellada pero su ejecución no selló ninguna</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="353"/>
        <source>a sealed prediction differs from the one its run recorded</source>
        <translation>una predicción sellada difiere de la que registró su ejecución</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="375"/>
        <source>what it says about following its lab is not what its run shows</source>
        <translation>lo que dice sobre seguir su práctica no es lo que muestra su ejecución</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="383"/>
        <source>judged against the lab inside the file: no teacher&apos;s lab was given</source>
        <translation>juzgado con la práctica del archivo: no se indicó la práctica del profesor</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="393"/>
        <source>made with another lab (&apos;{0}&apos;): its {1} differ</source>
        <translation>hecho con otra práctica («{0}»): difieren: {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="396"/>
        <source>made with a lab that cannot be read</source>
        <translation>hecho con una práctica que no se puede leer</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="405"/>
        <source>off the lab: its {0} differs from the lab&apos;s (its goals do not count)</source>
        <translation>fuera de la práctica: {0} difiere de la práctica (sus objetivos no cuentan)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="409"/>
        <source>off the lab: its {0} differ from the lab&apos;s (its goals do not count)</source>
        <translation>fuera de la práctica: {0} difieren de la práctica (sus objetivos no cuentan)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/judge.py" line="415"/>
        <source>not verified: {0}</source>
        <translation>no verificado: {0}</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="67"/>
        <source>Lab instructions</source>
        <translation>Instrucciones de la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="74"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="77"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="86"/>
        <source>Goals and questions</source>
        <translation>Objetivos y preguntas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="97"/>
        <source>_This lab has no instructions._</source>
        <translation>_Esta práctica no tiene instrucciones._</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="123"/>
        <source>(a prediction: before F5)</source>
        <translation>(una predicción: antes de F5)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="164"/>
        <source>met at epoch {0}</source>
        <translation>cumplido en la época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="193"/>
        <source>Answered before training started: sealed with the run</source>
        <translation>Respondida antes de empezar el entrenamiento: sellada con la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="198"/>
        <source>This run began before a prediction was given: what you type now is kept as an answer after the run, with the epoch you typed it at</source>
        <translation>Esta ejecución empezó antes de dar una predicción: lo que escribas ahora se guarda como respuesta después de la ejecución, con la época en que lo escribiste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="205"/>
        <source>after the run: not counted as a prediction</source>
        <translation>después de la ejecución: no cuenta como predicción</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="195"/>
        <source>locked: a prediction is made before F5</source>
        <translation>bloqueada: una predicción se hace antes de F5</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="110"/>
        <source>Locked and hidden controls</source>
        <translation>Controles bloqueados y ocultos</translation>
    </message>
    <message>
        <location filename="../../core/teaching/lab.py" line="99"/>
        <source>off-lab: {0} differs</source>
        <translation>fuera de la práctica: {0} difiere</translation>
    </message>
    <message>
        <location filename="../../core/teaching/lab.py" line="101"/>
        <source>off-lab: {0} differ</source>
        <translation>fuera de la práctica: {0} difieren</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="48"/>
        <source>Save set-up as lab</source>
        <translation>Guardar la configuración como práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="54"/>
        <source>e.g. Lab 1: where do the multiples of five come from?</source>
        <translation>p. ej. Práctica 1: ¿de dónde salen los múltiplos de cinco?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="59"/>
        <source>&amp;Instructions the student sees (Markdown):</source>
        <translation>&amp;Instrucciones que ve el alumno (Markdown):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="63"/>
        <source>1. Press F5 and watch the Quality plot...</source>
        <translation>1. Pulsa F5 y observa el gráfico Calidad…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="70"/>
        <source>Controls (the current set-up values are saved with the lab)</source>
        <translation>Controles (los valores actuales de la configuración se guardan con la práctica)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="77"/>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="78"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="79"/>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="96"/>
        <source>{0} locked</source>
        <translation>{0} bloqueado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="98"/>
        <source>{0} hidden</source>
        <translation>{0} oculto</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="115"/>
        <source>Check before class: trains the set-up over 8 seeds and says, per goal, how many reach it and when (written by hand in the file: [[goals]]).</source>
        <translation>Comprobar antes de clase: entrena la configuración con 8 semillas y dice, por objetivo, cuántas lo alcanzan y cuándo (escrito a mano en el archivo: [[goals]]).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="127"/>
        <source>epoch %v of %m</source>
        <translation>época %v de %m</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="132"/>
        <source>C&amp;heck over 8 seeds</source>
        <translation>Co&amp;mprobar con 8 semillas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="135"/>
        <source>patterngan lab check, here: each goal&apos;s seeds and median epoch</source>
        <translation>patterngan lab check, aquí: las semillas de cada objetivo y su época mediana</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="180"/>
        <source>Checking over {0} seeds...</source>
        <translation>Comprobando con {0} semillas…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/lab_dialog.py" line="195"/>
        <source>The check failed: {0}</source>
        <translation>La comprobación falló: {0}</translation>
    </message>
</context>
<context>
    <name>LiveChange</name>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="27"/>
        <source>learning rate D</source>
        <translation>tasa de aprendizaje D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="28"/>
        <source>learning rate G</source>
        <translation>tasa de aprendizaje G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="29"/>
        <source>k (D steps per G)</source>
        <translation>k (pasos de D por G)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="41"/>
        <source>epoch {0}: changed {1}</source>
        <translation>época {0}: cambiado {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="48"/>
        <source>Change learning rates and k</source>
        <translation>Cambiar las tasas de aprendizaje y k</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="52"/>
        <source>The run goes on with these from its next step (k from its next epoch). The samples log notes the change; the saved generator keeps the history.</source>
        <translation>La ejecución sigue con estos valores desde su siguiente paso (k desde su siguiente época). El registro de muestras anota el cambio; el generador guardado conserva el historial.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="69"/>
        <source>D steps per G step (&amp;k):</source>
        <translation>Pasos de D por paso de G (&amp;k):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="42"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="50"/>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="88"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="74"/>
        <source>Language: {0}.</source>
        <translation>Idioma: {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="95"/>
        <location filename="../../patterngan_gui/main_window.py" line="99"/>
        <source>Set-up</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="105"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="108"/>
        <source>Encoding inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="117"/>
        <source>Loading PyTorch and the plots...</source>
        <translation>Cargando PyTorch y los gráficos…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="119"/>
        <location filename="../../patterngan_gui/main_window.py" line="211"/>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="135"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="139"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="254"/>
        <source>The lab keeps its {0}</source>
        <translation>La práctica mantiene sus valores de: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="338"/>
        <source>Showing run #{0}</source>
        <translation>Mostrando la ejecución n.º {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="407"/>
        <source>Settings: {0}</source>
        <translation>Ajustes: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="511"/>
        <source>The speed dial: full speed, or a few reports a second to narrate on a projector (Ctrl+] faster, Ctrl+[ slower; also while training)</source>
        <translation>El selector de velocidad: máxima velocidad, o pocos informes por segundo para explicar con el proyector (Ctrl+] más rápido, Ctrl+[ más lento; también durante el entrenamiento)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="522"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="539"/>
        <source>More toolbar commands</source>
        <translation>Más órdenes de la barra de herramientas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="212"/>
        <source>Sa&amp;mpling</source>
        <translation>&amp;Muestreo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="213"/>
        <source>R&amp;uns</source>
        <translation>E&amp;jecuciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="214"/>
        <source>S&amp;weeps</source>
        <translation>&amp;Barridos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="215"/>
        <source>&amp;Networks</source>
        <translation>&amp;Redes</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="219"/>
        <location filename="../../patterngan_gui/panels/model_view.py" line="178"/>
        <source>The model view: G and D, layer by layer</source>
        <translation>La vista del modelo: G y D, capa a capa</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/appearance.py" line="87"/>
        <source>Text at {0}%</source>
        <translation>Texto al {0} %</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/appearance.py" line="98"/>
        <source>Text at its usual size</source>
        <translation>Texto a su tamaño normal</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/classroom.py" line="342"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
</context>
<context>
    <name>Maths</name>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="36"/>
        <source>&amp;Full precision</source>
        <translation>Precisión &amp;completa</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="37"/>
        <source>Every number with 9 significant digits: exactly the engine&apos;s float32 numbers (off: 4 digits, easier to follow by hand)</source>
        <translation>Cada número con 9 cifras significativas: exactamente los números float32 del motor (desactivado: 4 cifras, más fácil de seguir a mano)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="42"/>
        <source>Full precision</source>
        <translation>Precisión completa</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="68"/>
        <source>No step yet: in slow motion (Ctrl+M), F10 runs one step.</source>
        <translation>Aún no hay ningún paso: en cámara lenta (Ctrl+M), F10 ejecuta un paso.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="74"/>
        <source>{0}: each formula, then with the batch&apos;s numbers.</source>
        <translation>{0}: cada fórmula y luego con los números del lote.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/maths_view.py" line="75"/>
        <source>The last step</source>
        <translation>El último paso</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="107"/>
        <source>The step&apos;s maths with its numbers</source>
        <translation>Las matemáticas del paso con sus números</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="110"/>
        <source>The step&apos;s maths</source>
        <translation>Las matemáticas del paso</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="244"/>
        <source>D&apos;s loss on real ({0})</source>
        <translation>Pérdida de D con datos reales ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="249"/>
        <source>D&apos;s loss on fake ({0})</source>
        <translation>Pérdida de D con datos generados ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="258"/>
        <source>G&apos;s loss ({0})</source>
        <translation>Pérdida de G ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="316"/>
        <source>gradient penalty (WGAN-GP)</source>
        <translation>penalización de gradiente (WGAN-GP)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="344"/>
        <source>Adam update of D&apos;s output bias ({0})</source>
        <translation>Paso de Adam sobre el sesgo de salida de D ({0})</translation>
    </message>
    <message>
        <location filename="../../core/teaching/maths.py" line="347"/>
        <source>SGD update of D&apos;s output bias ({0})</source>
        <translation>Paso de SGD sobre el sesgo de salida de D ({0})</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="34"/>
        <source>ReLU head</source>
        <translation>cabeza ReLU</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="35"/>
        <source>softmax heads</source>
        <translation>cabezas softmax</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="36"/>
        <source>Gumbel one-hots</source>
        <translation>one-hots de Gumbel</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="37"/>
        <source>Sigmoid: P(real)</source>
        <translation>Sigmoide: P(real)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="40"/>
        <source>No report yet: train, or step with F10.</source>
        <translation>Aún no hay informe: entrena o da un paso con F10.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="41"/>
        <source>A generator file holds G only: there is no D to draw.</source>
        <translation>Un archivo de generador solo contiene G: no hay D que dibujar.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="42"/>
        <source>This report did not keep its weights (opened from an older session file).</source>
        <translation>Este informe no conservó sus pesos (abierto desde un archivo de sesión antiguo).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="79"/>
        <source>{0} in ({1} packed)</source>
        <translation>{0} de entrada ({1} empaquetados)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="81"/>
        <source>{0} in</source>
        <translation>{0} de entrada</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="187"/>
        <source>What a layer is: each line is a weight from one node to the next, &lt;b&gt;blue&lt;/b&gt; positive, &lt;b&gt;vermillion&lt;/b&gt; negative, stronger the larger. A size with * is drawn as groups of nodes (their mean weights). Follows the timeline.</source>
        <translation>Qué es una capa: cada línea es un peso de un nodo al siguiente, &lt;b&gt;azul&lt;/b&gt; positivo, &lt;b&gt;bermellón&lt;/b&gt; negativo, más intensa cuanto mayor. Un tamaño con * se dibuja como grupos de nodos (sus pesos medios). Sigue la línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="198"/>
        <source>G: noise z → encoded number</source>
        <translation>G: ruido z → número codificado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/model_view.py" line="201"/>
        <source>D: encoded number → real or fake</source>
        <translation>D: número codificado → real o falso</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../patterngan_gui/kit/numbers.py" line="55"/>
        <source>Write the number with one decimal mark, e.g. {0}</source>
        <translation>Escribe el número con una sola marca decimal, p. ej. {0}</translation>
    </message>
</context>
<context>
    <name>PlotAccess</name>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="98"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="114"/>
        <source>{0}: {1} at epoch {2} (lowest {3}, highest {4})</source>
        <translation>{0}: {1} en la época {2} (mínimo {3}, máximo {4})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="122"/>
        <source>{0}, highest at {1}</source>
        <translation>{0}, más alto en {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="123"/>
        <source>{0} at {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="127"/>
        <source>and {0} more (Enter shows the table)</source>
        <translation>y {0} más (Intro muestra la tabla)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="129"/>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="130"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="156"/>
        <source>Plots as tables</source>
        <translation>Gráficos como tablas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_access.py" line="200"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="98"/>
        <source>Act</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="102"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="164"/>
        <source>Mode-collapse alert</source>
        <translation>Alerta de colapso de modos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="168"/>
        <source>Run doctor</source>
        <translation>Médico de la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="173"/>
        <source>Slow-motion step</source>
        <translation>Paso a cámara lenta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="199"/>
        <source>Time&amp;line:</source>
        <translation>Línea de t&amp;iempo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="203"/>
        <source>Drag to see the generator&apos;s distribution, D&apos;s view and the samples as they were at an earlier report; the right end follows the training live</source>
        <translation>Arrastra para ver la distribución del generador, la vista de D y las muestras tal como eran en un informe anterior; el extremo derecho sigue el entrenamiento en directo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="208"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="211"/>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="348"/>
        <source>(stopped at epoch {0})</source>
        <translation>(detenido en la época {0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="35"/>
        <source>(a D step on real data only: G made nothing)</source>
        <translation>(un paso de D solo con datos reales: G no generó nada)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="37"/>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>epoch {0}</source>
        <translation>época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="38"/>
        <source>strict {0}, book {1}, TV {2}</source>
        <translation>estricta {0}, libro {1}, TV {2}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="42"/>
        <source>after {0}</source>
        <translation>tras {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="90"/>
        <source>Samples log</source>
        <translation>Registro de muestras</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="105"/>
        <source>Each report&apos;s latest 10 numbers, as the chapter prints them. Undecided: a head had a tie (often all zeros); argmax alone would have called it the number shown</source>
        <translation>Los últimos 10 números de cada informe, como los imprime el capítulo. Indeciso: una cabeza tenía un empate (a menudo todo ceros); argmax por sí solo habría dado el número mostrado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="29"/>
        <source>no reports yet</source>
        <translation>aún no hay informes</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="38"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;strict {2}&lt;/b&gt;, book {3}, TV {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;estricta {2}&lt;/b&gt;, libro {3}, TV {4}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="47"/>
        <source>The timeline keeps %n snapshot(s) of this run ({0}); at most {1} per run, spread evenly.</source>
        <translation>
            <numerusform>La línea de tiempo guarda %Ln instantánea de esta ejecución ({0}); como máximo {1} por ejecución, repartidas por igual.</numerusform>
            <numerusform>La línea de tiempo guarda %Ln instantáneas de esta ejecución ({0}); como máximo {1} por ejecución, repartidas por igual.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="98"/>
        <source>&lt;b&gt;Samples log&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;bold&lt;/b&gt;&lt;/span&gt; = not in the pattern, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = undecided)</source>
        <translation>&lt;b&gt;Registro de muestras&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;negrita&lt;/b&gt;&lt;/span&gt; = fuera del patrón, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = indeciso)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="85"/>
        <source>Changed: {0} (outlined; dashed grey = before this step). F10 runs the next step.</source>
        <translation>Cambiado: {0} (con borde; gris discontinuo = antes de este paso). F10 ejecuta el siguiente paso.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="94"/>
        <source>Sh&amp;ow the maths</source>
        <translation>Mostrar las &amp;matemáticas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/step_story.py" line="96"/>
        <source>Show the step&apos;s maths with its numbers</source>
        <translation>Mostrar las matemáticas del paso con sus números</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/plot_kit.py" line="295"/>
        <source>Plots</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../patterngan_gui/report.py" line="42"/>
        <source>strict validity</source>
        <translation>validez estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="43"/>
        <source>book validity</source>
        <translation>validez del libro</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="44"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="45"/>
        <source>TV distance</source>
        <translation>distancia TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="46"/>
        <source>JS divergence (bits)</source>
        <translation>divergencia JS (bits)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="47"/>
        <source>modes covered</source>
        <translation>modos cubiertos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="48"/>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="49"/>
        <source>support size</source>
        <translation>tamaño del soporte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="50"/>
        <source>trained with PatternGAN</source>
        <translation>entrenado con PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="51"/>
        <source>trained with torch</source>
        <translation>entrenado con torch</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="52"/>
        <source>report made by PatternGAN</source>
        <translation>informe creado por PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="53"/>
        <source>report made with torch</source>
        <translation>informe creado con torch</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="54"/>
        <source>set-up hash</source>
        <translation>hash de la configuración</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="55"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="92"/>
        <source>Unnamed student</source>
        <translation>Alumno sin nombre</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="94"/>
        <source>&lt;b&gt;Lab:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Práctica:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="94"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="98"/>
        <source>&lt;i&gt;(this result was made with another lab)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(este resultado se hizo con otra práctica)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="101"/>
        <source>&lt;b&gt;File:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Archivo:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="103"/>
        <source>&lt;b&gt;Run:&lt;/b&gt; {0}, {1}</source>
        <translation>&lt;b&gt;Ejecución:&lt;/b&gt; {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/report.py" line="104"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%Ln época</numerusform>
            <numerusform>%Ln épocas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="107"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="110"/>
        <source>The lab asks no questions.</source>
        <translation>La práctica no hace preguntas.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="113"/>
        <source>a prediction, sealed before the run&apos;s first epoch</source>
        <translation>una predicción, sellada antes de la primera época de la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="115"/>
        <source>typed after the run began, at epoch {0}</source>
        <translation>escrita después de empezar la ejecución, en la época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="119"/>
        <source>typed after the run began</source>
        <translation>escrita después de empezar la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="121"/>
        <source>a prediction left empty before the run</source>
        <translation>una predicción dejada vacía antes de la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="123"/>
        <source>answered during the lab</source>
        <translation>respondida durante la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="126"/>
        <source>&lt;i&gt;(no answer)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(sin respuesta)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="129"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="131"/>
        <source>The lab sets no goals.</source>
        <translation>La práctica no fija objetivos.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="136"/>
        <source>met at epoch {0}</source>
        <translation>alcanzado en la época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="138"/>
        <source>not met</source>
        <translation>no alcanzado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/report.py" line="142"/>
        <source>{0} of %n met</source>
        <translation>
            <numerusform>{0} de %Ln alcanzado</numerusform>
            <numerusform>{0} de %Ln alcanzados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="146"/>
        <source>(the run did not follow the lab: they do not count)</source>
        <translation>(la ejecución no siguió la práctica: no cuentan)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="150"/>
        <source>The run</source>
        <translation>La ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="153"/>
        <source>Final metrics</source>
        <translation>Métricas finales</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="155"/>
        <source>Measured from the run&apos;s generator, sampled afresh with a fixed seed.</source>
        <translation>Medidas con el generador de la ejecución, muestreado de nuevo con una semilla fija.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="165"/>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="167"/>
        <source>This result is verified and followed the lab.</source>
        <translation>Este resultado está verificado y siguió la práctica.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="168"/>
        <source>This result is verified and &lt;b&gt;did not follow the lab&lt;/b&gt;.</source>
        <translation>Este resultado está verificado y &lt;b&gt;no siguió la práctica&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="171"/>
        <source>This result is &lt;b&gt;not verified&lt;/b&gt; and followed the lab.</source>
        <translation>Este resultado &lt;b&gt;no está verificado&lt;/b&gt; y siguió la práctica.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="174"/>
        <source>This result is &lt;b&gt;not verified&lt;/b&gt; and &lt;b&gt;did not follow the lab&lt;/b&gt;.</source>
        <translation>Este resultado &lt;b&gt;no está verificado&lt;/b&gt; y &lt;b&gt;no siguió la práctica&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="181"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="210"/>
        <source>epoch (0 - {0})</source>
        <translation>época (0 - {0})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="214"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="282"/>
        <source>outcome 0 - {0}, then undecided (grey); target: orange ticks; epoch {1}</source>
        <translation>resultado 0 - {0}, después indeciso (gris); objetivo: marcas naranjas; época {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/report.py" line="304"/>
        <source>PatternGAN report: {0}</source>
        <translation>Informe de PatternGAN: {0}</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="18"/>
        <location filename="../../patterngan_gui/panels/status.py" line="50"/>
        <source>epoch {0} / {1}</source>
        <translation>época {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="20"/>
        <location filename="../../patterngan_gui/panels/status.py" line="56"/>
        <location filename="../../patterngan_gui/panels/status.py" line="59"/>
        <location filename="../../patterngan_gui/panels/status.py" line="104"/>
        <source>device: {0}</source>
        <translation>dispositivo: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="66"/>
        <source>{0} epochs/s</source>
        <translation>{0} épocas/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="68"/>
        <location filename="../../patterngan_gui/panels/status.py" line="83"/>
        <location filename="../../patterngan_gui/panels/status.py" line="108"/>
        <source>elapsed {0} s</source>
        <translation>transcurrido {0} s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="72"/>
        <source>{0}, remaining {1} s</source>
        <translation>{0}, quedan {1} s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="92"/>
        <source>sweep: starting...</source>
        <translation>barrido: empezando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/status.py" line="97"/>
        <source>sweep: epoch {0} / {1}, %n seed(s)</source>
        <translation>
            <numerusform>barrido: época {0} / {1}, %Ln semilla</numerusform>
            <numerusform>barrido: época {0} / {1}, %Ln semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/status.py" line="102"/>
        <source>{0} epochs/s x %n seed(s)</source>
        <translation>
            <numerusform>{0} épocas/s x %Ln semilla</numerusform>
            <numerusform>{0} épocas/s x %Ln semillas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="106"/>
        <source>a sweep trains its seeds together on the CPU</source>
        <translation>un barrido entrena sus semillas juntas en la CPU</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="82"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="83"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="84"/>
        <source>Strict</source>
        <translation>Estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="85"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="86"/>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="87"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="88"/>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="109"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="179"/>
        <source>The numbers are medians over its seeds.</source>
        <translation>Los números son medianas sobre sus semillas.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="251"/>
        <source>Every run of this session (and every lab result opened) is kept. Tick two or more to overlay them (for example &lt;i&gt;book&lt;/i&gt; and &lt;i&gt;default&lt;/i&gt; with the same seed); click a column&apos;s header to sort.</source>
        <translation>Se conserva cada ejecución de esta sesión (y cada resultado de práctica abierto). Marca dos o más para superponerlas (por ejemplo &lt;i&gt;book&lt;/i&gt; y &lt;i&gt;default&lt;/i&gt; con la misma semilla); haz clic en la cabecera de una columna para ordenar.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="278"/>
        <source>Sh&amp;ow in Training tab</source>
        <translation>Mostrar en la pestaña Entrenam&amp;iento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="272"/>
        <source>Save the selected run&apos;s generator as a num_gen.pt</source>
        <translation>Guardar el generador de la ejecución elegida como num_gen.pt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="271"/>
        <source>Save generator of this run...</source>
        <translation>Guardar el generador de esta ejecución…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="279"/>
        <source>Make the selected run current again: its plots, timeline, save and exports</source>
        <translation>Volver a hacer actual la ejecución elegida: sus gráficos, línea de tiempo, guardado y exportaciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="298"/>
        <source>x as a share of each run&apos;s epochs</source>
        <translation>x como proporción de las épocas de cada ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="299"/>
        <source>Runs of different lengths (book 10,000 epochs, default 800) side by side: 0 is each run&apos;s start, 1 its planned end</source>
        <translation>Ejecuciones de distinta duración (book 10.000 épocas, default 800) una junto a otra: 0 es el inicio de cada ejecución, 1 su final previsto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="376"/>
        <source>%n run(s) kept: {0} of curves and timelines, plus one small generator each.</source>
        <translation>
            <numerusform>%Ln ejecución guardada: {0} de curvas y líneas de tiempo, más un pequeño generador cada una.</numerusform>
            <numerusform>%Ln ejecuciones guardadas: {0} de curvas y líneas de tiempo, más un pequeño generador cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="382"/>
        <source>%n sweep(s): their rows show medians over seeds.</source>
        <translation>
            <numerusform>%Ln barrido: sus filas muestran medianas sobre las semillas.</numerusform>
            <numerusform>%Ln barridos: sus filas muestran medianas sobre las semillas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="464"/>
        <source>sweep {0} (median)</source>
        <translation>barrido {0} (mediana)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/history.py" line="101"/>
        <source>{0}: no report yet</source>
        <translation>{0}: aún no hay informe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/teaching/history.py" line="104"/>
        <source>{0}: %n epoch(s), strict {1}, TV {2}, modes {3}/{4}</source>
        <translation>
            <numerusform>{0}: %Ln época, estricta {1}, TV {2}, modos {3}/{4}</numerusform>
            <numerusform>{0}: %Ln épocas, estricta {1}, TV {2}, modos {3}/{4}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="78"/>
        <source>undecided: a head had a tie (e.g. all zeros); argmax alone gives this number</source>
        <translation>indeciso: una cabeza tenía un empate (p. ej. todo ceros); argmax por sí solo da este número</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="109"/>
        <source>No generator yet: train one, or open a num_gen.pt (Ctrl+O).</source>
        <translation>Aún no hay generador: entrena uno o abre un num_gen.pt (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="117"/>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="188"/>
        <source> sequences of 10</source>
        <translation> secuencias de 10</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="122"/>
        <source>fresh randomness</source>
        <translation>azar nuevo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="123"/>
        <source>Ignore the seed: different numbers every time</source>
        <translation>Ignorar la semilla: números distintos cada vez</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="128"/>
        <source>Samp&amp;le</source>
        <translation>Muestrear</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="133"/>
        <source>Save CSV...</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="129"/>
        <source>Draw sequences from the generator (Ctrl+G)</source>
        <translation>Obtener secuencias del generador (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="131"/>
        <source>C&amp;opy</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="135"/>
        <source>Draw</source>
        <translation>Obtener</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="136"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="159"/>
        <source>Sampled sequences</source>
        <translation>Secuencias obtenidas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="225"/>
        <source>These numbers come from a generator over [0, {0}); the set-up&apos;s range {1} is wider, so they are not judged against it.</source>
        <translation>Estos números vienen de un generador sobre [0, {0}); el rango de la configuración {1} es más amplio, así que no se juzgan con él.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="237"/>
        <source>&lt;b&gt;strict validity {0}&lt;/b&gt; against {1} ({2} numbers; {3} undecided; book validity {4}; modes {5}/{6}; TV {7})</source>
        <translation>&lt;b&gt;validez estricta {0}&lt;/b&gt; frente a {1} ({2} números; {3} indecisos; validez del libro {4}; modos {5}/{6}; TV {7})</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="44"/>
        <source>Goodfellow&apos;s original game: G minimises log(1 - D(G(z))). Early on, while D wins easily, G&apos;s gradient almost vanishes: expect a slow start.</source>
        <translation>El juego original de Goodfellow: G minimiza log(1 - D(G(z))). Al principio, mientras D gana con facilidad, el gradiente de G casi desaparece: espera un comienzo lento.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="49"/>
        <source>The chapter&apos;s loss: G maximises log D(G(z)) (BCE with its numbers labelled real). The usual choice.</source>
        <translation>La pérdida del capítulo: G maximiza log D(G(z)) (BCE con sus números etiquetados como reales). La elección habitual.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="54"/>
        <source>Least squares: D pushes real to 1 and fake to 0 with a squared error; gradients do not vanish as D gets confident.</source>
        <translation>Mínimos cuadrados: D lleva lo real a 1 y lo falso a 0 con un error cuadrático; los gradientes no desaparecen cuando D gana confianza.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="59"/>
        <source>D only cares about samples on the wrong side of a margin; needs D&apos;s raw score (the softmax or gumbel head).</source>
        <translation>A D solo le importan las muestras del lado equivocado de un margen; necesita la puntuación bruta de D (la cabeza softmax o gumbel).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="64"/>
        <source>D becomes a critic scoring realness, kept smooth by a gradient penalty; needs D&apos;s raw score and real and fake in one D step.</source>
        <translation>D se convierte en un crítico que puntúa lo real, suavizado con una penalización del gradiente; necesita la puntuación bruta de D y datos reales y falsos en un solo paso de D.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="94"/>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="175"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="109"/>
        <source>Advanced: take the GAN apart</source>
        <translation>Avanzado: desmontar la GAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="113"/>
        <source>Layers, loss, optimiser, k, noise, head: every knob of the GAN</source>
        <translation>Capas, pérdida, optimizador, k, ruido, cabeza: cada mando de la GAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="135"/>
        <source>The GAN loss; hover each choice for what it does</source>
        <translation>La pérdida de la GAN; pasa el ratón por cada opción para ver qué hace</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="143"/>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="172"/>
        <source>separate (the book)</source>
        <translation>por separado (el libro)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="144"/>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="173"/>
        <source>together</source>
        <translation>juntos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="97"/>
        <source>Model and training</source>
        <translation>Modelo y entrenamiento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="121"/>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="226"/>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="167"/>
        <source>Set-up error</source>
        <translation>Error en la configuración</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="239"/>
        <source>no CUDA device was found</source>
        <translation>no se encontró ningún dispositivo CUDA</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="240"/>
        <source>CUDA is unavailable here: {0}.</source>
        <translation>CUDA no está disponible aquí: {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="371"/>
        <source>(locked by the lab)</source>
        <translation>(bloqueado por la práctica)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="52"/>
        <source>(modified: {0}) {1}</source>
        <translation>(modificado: {0}) {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="446"/>
        <source>{0} numbers: {1}</source>
        <translation>{0} números: {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="39"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="46"/>
        <source>Pattern kind</source>
        <translation>Tipo de patrón</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="47"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="49"/>
        <source>K: the divisor</source>
        <translation>K: el divisor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="52"/>
        <source>R: the remainder wanted (0 &lt;= R &lt; K)</source>
        <translation>R: el resto buscado (0 &lt;= R &lt; K)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="65"/>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="71"/>
        <source>e.g. n % 4 == 1 and n &gt; 20</source>
        <translation>p. ej. n % 4 == 1 and n &gt; 20</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="75"/>
        <source>Integers, n, + - * // %, comparisons, and/or/not, parentheses</source>
        <translation>Enteros, n, + - * // %, comparaciones, and/or/not, paréntesis</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="79"/>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpresión:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="81"/>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="89"/>
        <source>First integer of the range (inclusive)</source>
        <translation>Primer entero del rango (incluido)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="94"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="97"/>
        <source>Range from</source>
        <translation>Rango desde</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="98"/>
        <source>Range to (exclusive)</source>
        <translation>Rango hasta (excluido)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="99"/>
        <source>End of the range, hi (exclusive: the range is lo, lo + 1, ..., hi - 1). Not the codec&apos;s size R: the codec encodes 0 to R - 1 with R = max(100, hi)</source>
        <translation>Final del rango, hi (excluido: el rango es lo, lo + 1, ..., hi - 1). No es el tamaño R del códec: el códec codifica de 0 a R - 1 con R = max(100, hi)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="113"/>
        <source>Support:</source>
        <translation>Soporte:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="118"/>
        <location filename="../../patterngan_gui/panels/task_group.py" line="141"/>
        <source>quotient + remainder (qr:M)</source>
        <translation>cociente + resto (qr:M)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="120"/>
        <source>How an integer becomes a vector. auto: qr:5 for the book, qr:K for patterns like multiples of K, one-hot otherwise</source>
        <translation>Cómo un entero se convierte en vector. auto: qr:5 para el libro, qr:K para patrones como múltiplos de K, one-hot en otro caso</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="128"/>
        <source>Codec M</source>
        <translation>Códec M</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="48"/>
        <source>Your target: click and drag to set how often each integer should appear; drag to the bottom or right-click to remove it</source>
        <translation>Tu objetivo: haz clic y arrastra para fijar con qué frecuencia debe aparecer cada entero; arrastra hasta abajo o haz clic derecho para quitarlo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="54"/>
        <source>Draw the target distribution</source>
        <translation>Dibujar la distribución objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="100"/>
        <source>Left and Right choose an integer; Up and Down, or a digit, set its bar</source>
        <translation>Izquierda y Derecha eligen un entero; Arriba y Abajo, o una cifra, fijan su barra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/draw_target.py" line="148"/>
        <source>{0}: {1} of {2}; %n integer(s) drawn.</source>
        <translation>
            <numerusform>{0}: {1} de {2}; %Ln entero dibujado.</numerusform>
            <numerusform>{0}: {1} de {2}; %Ln enteros dibujados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="176"/>
        <source>Click and drag to draw</source>
        <translation>Haz clic y arrastra para dibujar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="199"/>
        <source>Load &amp;data...</source>
        <translation>Cargar &amp;datos…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="200"/>
        <source>Fill the drawing with how often each integer appears in a text or CSV file</source>
        <translation>Rellenar el dibujo con la frecuencia de cada entero en un archivo de texto o CSV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="206"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="260"/>
        <source>Load a data file</source>
        <translation>Cargar un archivo de datos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="262"/>
        <source>Data (*.txt *.csv *.dat);;All files (*)</source>
        <translation>Datos (*.txt *.csv *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="275"/>
        <source>{0}: cannot be used (hover)</source>
        <translation>{0}: no se puede usar (pasa el ratón)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/draw_target.py" line="283"/>
        <source>{0} numbers, {1} values</source>
        <translation>{0} números, {1} valores</translation>
    </message>
</context>
<context>
    <name>SlowMotion</name>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="60"/>
        <source>Epoch {0}, step {1} of {2}: {3}</source>
        <translation>Época {0}, paso {1} de {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="67"/>
        <source>A single step: {0} (outside the epoch&apos;s order)</source>
        <translation>Un paso suelto: {0} (fuera del orden de la época)</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="146"/>
        <source>It was shown real numbers ({0}) labelled real; its mean score for them {1}.</source>
        <translation>A D se le mostraron números reales ({0}) etiquetados como reales; su puntuación media para ellos {1}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="159"/>
        <source>It was shown G&apos;s numbers ({0}) labelled fake, so it learns to score what G makes lower.</source>
        <translation>A D se le mostraron los números de G ({0}) etiquetados como falsos, así que aprende a puntuar más bajo lo que hace G.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="190"/>
        <source>stayed {0}</source>
        <translation>se quedó en {0}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="191"/>
        <source>went {0} -&gt; {1}</source>
        <translation>pasó de {0} -&gt; {1}</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="199"/>
        <source>D&apos;s score for {0} did not change: {1}.</source>
        <translation>La puntuación de D para {0} no cambió: {1}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="203"/>
        <source>D now scores {0} as more real: {1} -&gt; {2}.</source>
        <translation>D ahora puntúa {0} como más real: {1} -&gt; {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="205"/>
        <source>D now scores {0} as less real: {1} -&gt; {2}.</source>
        <translation>D ahora puntúa {0} como menos real: {1} -&gt; {2}.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="228"/>
        <source>D&apos;s mean score for G&apos;s numbers {0} (G&apos;s goal is to raise it).</source>
        <translation>La puntuación media de D para los números de G {0} (G quiere subirla).</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="234"/>
        <source>G changed its weights, but none of {0} probe numbers decodes differently yet.</source>
        <translation>G cambió sus pesos, pero ninguno de {0} números de prueba se decodifica aún de otra forma.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="243"/>
        <source>G now makes undecided numbers more often: {0} of its numbers.</source>
        <translation>G ahora genera números indecisos más a menudo: {0} de sus números.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="251"/>
        <source>G now makes {0} more often: {1} of its numbers.</source>
        <translation>G ahora genera {0} más a menudo: {1} de sus números.</translation>
    </message>
    <message>
        <location filename="../../core/teaching/slow_motion.py" line="262"/>
        <source>{0} (unchanged)</source>
        <translation>{0} (sin cambios)</translation>
    </message>
</context>
<context>
    <name>Sweeps</name>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="92"/>
        <source>&lt;b&gt;%n seed(s)&lt;/b&gt; at epoch {0} (done): strict validity median {1} (range {2} - {3}); TV median {4} (range {5} - {6}). Seeds {7}-{8}; trained in {9} s.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln semilla&lt;/b&gt; en la época {0} (terminado): validez estricta mediana {1} (rango {2} - {3}); TV mediana {4} (rango {5} - {6}). Semillas {7}-{8}; entrenado en {9} s.</numerusform>
            <numerusform>&lt;b&gt;%Ln semillas&lt;/b&gt; en la época {0} (terminado): validez estricta mediana {1} (rango {2} - {3}); TV mediana {4} (rango {5} - {6}). Semillas {7}-{8}; entrenado en {9} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="99"/>
        <source>&lt;b&gt;%n seed(s)&lt;/b&gt; at epoch {0}: strict validity median {1} (range {2} - {3}); TV median {4} (range {5} - {6}). Seeds {7}-{8}; trained in {9} s.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln semilla&lt;/b&gt; en la época {0}: validez estricta mediana {1} (rango {2} - {3}); TV mediana {4} (rango {5} - {6}). Semillas {7}-{8}; entrenado en {9} s.</numerusform>
            <numerusform>&lt;b&gt;%Ln semillas&lt;/b&gt; en la época {0}: validez estricta mediana {1} (rango {2} - {3}); TV mediana {4} (rango {5} - {6}). Semillas {7}-{8}; entrenado en {9} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="126"/>
        <source>Training %n seed(s) of preset {0} on {1} together...</source>
        <translation>
            <numerusform>Entrenando %Ln semilla del preajuste {0} con {1} a la vez…</numerusform>
            <numerusform>Entrenando %Ln semillas del preajuste {0} con {1} a la vez…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sweep_panel.py" line="132"/>
        <source>No sweep yet: Run &gt; Sweep seeds... trains many seeds at once.</source>
        <translation>Aún no hay barrido: Ejecución &gt; Barrido de semillas… entrena muchas semillas a la vez.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="72"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="82"/>
        <source>Training...</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="90"/>
        <location filename="../../patterngan_gui/controllers/training.py" line="367"/>
        <source>Cannot start training</source>
        <translation>No se puede iniciar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="99"/>
        <source>Paused: F5 resumes, F10 steps the paused run</source>
        <translation>En pausa: F5 reanuda, F10 avanza un paso la ejecución en pausa</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="112"/>
        <source>Stopping the sweep...</source>
        <translation>Deteniendo el barrido…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="115"/>
        <source>Stopping...</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="137"/>
        <source>Speed: {0}</source>
        <translation>Velocidad: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="162"/>
        <source>Cannot change the run</source>
        <translation>No se puede cambiar la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="164"/>
        <source>The change applies from the run&apos;s next step</source>
        <translation>El cambio se aplica desde el siguiente paso de la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="212"/>
        <source>Ran {0}</source>
        <translation>Ejecutado: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="221"/>
        <source>Step (slow motion)</source>
        <translation>Paso (cámara lenta)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="268"/>
        <source>Goal met at epoch {0} ({1} of {2})</source>
        <translation>Objetivo cumplido en la época {0} ({1} de {2})</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="282"/>
        <source>Switch to the &apos;{0}&apos; preset</source>
        <translation>Cambiar al preajuste &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="315"/>
        <source>Run doctor: {0} from epoch {1}</source>
        <translation>Médico de la ejecución: {0} desde la época {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="327"/>
        <source>Also: {0}.</source>
        <translation>Además: {0}.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="335"/>
        <source>Run doctor:</source>
        <translation>Médico de la ejecución:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="338"/>
        <source>Go to epoch {0}</source>
        <translation>Ir a la época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="342"/>
        <source>Run doctor: {0}</source>
        <translation>Médico de la ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="358"/>
        <source>Switched to the &apos;{0}&apos; preset (same pattern and seed): press F5 to train</source>
        <translation>Cambiado al preajuste &apos;{0}&apos; (mismo patrón y semilla): pulsa F5 para entrenar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="369"/>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="382"/>
        <source>Training finished</source>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="385"/>
        <source>Stopped at epoch {0}: F5 continues</source>
        <translation>Detenido en la época {0}: F5 continúa</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="8"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="9"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="11"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="12"/>
        <source>&amp;Open generator...</source>
        <translation>&amp;Abrir generador…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="13"/>
        <source>Open a num_gen.pt</source>
        <translation>Abrir un num_gen.pt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="14"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="15"/>
        <source>&amp;Save generator</source>
        <translation>&amp;Guardar generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="16"/>
        <source>Save the generator</source>
        <translation>Guardar el generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="17"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="18"/>
        <source>Save generator &amp;As...</source>
        <translation>Guardar generador c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="19"/>
        <source>Save the generator under a new name</source>
        <translation>Guardar el generador con otro nombre</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="21"/>
        <source>Save the plots as a picture</source>
        <translation>Guardar los gráficos como imagen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="23"/>
        <source>Save every report&apos;s metrics as CSV</source>
        <translation>Guardar las métricas de cada informe como CSV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="24"/>
        <source>Export run b&amp;undle...</source>
        <translation>Exportar pa&amp;quete de la ejecución…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="25"/>
        <source>One folder with the set-up, metrics CSV, plots PNG, samples log and num_gen.pt</source>
        <translation>Una carpeta con la configuración, las métricas (CSV), los gráficos (PNG), el registro de muestras y num_gen.pt</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="27"/>
        <source>One file for the teacher: the lab, your answers, the goals met, the run and its generator</source>
        <translation>Un archivo para el profesor: la práctica, tus respuestas, los objetivos cumplidos, la ejecución y su generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="28"/>
        <source>Export re&amp;port...</source>
        <translation>Exportar informe (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="29"/>
        <source>A PDF to hand in: your name, answers and when you wrote them, the goals, the run&apos;s curves and final numbers</source>
        <translation>Un PDF para entregar: tu nombre, tus respuestas y cuándo las escribiste, los objetivos, las curvas de la ejecución y sus valores finales</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="30"/>
        <source>Open resul&amp;ts...</source>
        <translation>Abrir resul&amp;tados…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="31"/>
        <source>Open the lab results of a class into the Runs tab</source>
        <translation>Abrir los resultados de una clase en la pestaña Ejecuciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="20"/>
        <source>Export plots as PN&amp;G...</source>
        <translation>E&amp;xportar gráficos como PNG…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="22"/>
        <source>Export &amp;metrics as CSV...</source>
        <translation>Exportar &amp;métricas como CSV…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="26"/>
        <source>&amp;Export lab result...</source>
        <translation>Exportar &amp;resultado de la práctica…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="32"/>
        <source>Open class &amp;folder...</source>
        <translation>Abrir carpeta de c&amp;lase…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="33"/>
        <source>Every lab result in a folder at once: a table of names, goals, answers and curves</source>
        <translation>Todos los resultados de una carpeta a la vez: una tabla de nombres, objetivos, respuestas y curvas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="34"/>
        <source>Open reco&amp;vered session...</source>
        <translation>Abrir sesión rec&amp;uperada…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="35"/>
        <source>The runs kept when PatternGAN was stopped by a shutdown or a logout</source>
        <translation>Las ejecuciones guardadas cuando PatternGAN se cerró por un apagado o un cierre de sesión</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="36"/>
        <source>Save sess&amp;ion...</source>
        <translation>Guardar ses&amp;ión…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="37"/>
        <source>Every run of this window (set-up, curves, timeline, generator) in one file</source>
        <translation>Todas las ejecuciones de esta ventana (configuración, curvas, línea de tiempo, generador) en un archivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="38"/>
        <source>Open sessio&amp;n...</source>
        <translation>Abrir sesió&amp;n…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="39"/>
        <source>Bring back the runs of a saved session (next lesson)</source>
        <translation>Recuperar las ejecuciones de una sesión guardada (próxima clase)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="40"/>
        <source>Open &amp;lab...</source>
        <translation>Abrir &amp;práctica…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="41"/>
        <source>Open a teacher&apos;s lab file</source>
        <translation>Abrir un archivo de práctica del profesor</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="42"/>
        <source>Save set-up as la&amp;b...</source>
        <translation>Guardar con&amp;figuración como práctica…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="43"/>
        <source>Save this set-up, locked or hidden controls and instructions as a lab file</source>
        <translation>Guardar esta configuración, los controles bloqueados u ocultos y las instrucciones como archivo de práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="44"/>
        <source>&amp;Close lab</source>
        <translation>&amp;Cerrar práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="45"/>
        <source>Show every control again and drop the lab</source>
        <translation>Mostrar de nuevo todos los controles y dejar la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="47"/>
        <source>Quit PatternGAN</source>
        <translation>Salir de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="48"/>
        <source>&amp;Train / Resume</source>
        <translation>&amp;Entrenar / Reanudar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="49"/>
        <source>Start training, or resume a paused or stopped run</source>
        <translation>Empezar a entrenar, o reanudar una ejecución en pausa o detenida</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="50"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="51"/>
        <source>Pause between steps (F10 then steps the paused run)</source>
        <translation>Pausar entre pasos (luego F10 avanza un paso)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="52"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="53"/>
        <source>Stop training (the result is kept: save it, sample it, or press F5 to go on)</source>
        <translation>Detener el entrenamiento (el resultado se conserva: guárdalo, muestréalo o pulsa F5 para seguir)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="59"/>
        <source>Step D on real (real &amp;only)</source>
        <translation>Paso de D con reales (solo &amp;reales)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="61"/>
        <source>Step D on fake (fa&amp;ke only)</source>
        <translation>Paso de D con falsos (solo &amp;falsos)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="77"/>
        <source>S&amp;ample</source>
        <translation>&amp;Muestrear</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="85"/>
        <source>Plots as ta&amp;bles...</source>
        <translation>Gráficos como ta&amp;blas…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="87"/>
        <source>Lar&amp;ger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="223"/>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="54"/>
        <source>Step one &amp;epoch</source>
        <translation>Avanzar una &amp;época</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="55"/>
        <source>One epoch: D on real, D on fake, then G (the book); D, then G otherwise (with k D steps per G step, D&apos;s steps k times)</source>
        <translation>Una época: D con datos reales, D con falsos y luego G (el libro); si no, D y luego G (con k pasos de D por paso de G, D da k pasos)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="56"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="57"/>
        <source>Step D on real and fake (&amp;D only)</source>
        <translation>Paso de D con reales &amp;y falsos (solo D)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="58"/>
        <source>One discriminator step on real and generated data together</source>
        <translation>Un paso del discriminador con datos reales y generados a la vez</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="60"/>
        <source>One discriminator step on real data (label 1)</source>
        <translation>Un paso del discriminador con datos reales (etiqueta 1)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="62"/>
        <source>One discriminator step on generated data (label 0)</source>
        <translation>Un paso del discriminador con datos generados (etiqueta 0)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="63"/>
        <source>Step &amp;G only</source>
        <translation>Paso solo de &amp;G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="64"/>
        <source>One generator step: G wants D to call its numbers real</source>
        <translation>Un paso del generador: G quiere que D tome sus números por reales</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="65"/>
        <source>Slow &amp;motion</source>
        <translation>Cámara &amp;lenta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="66"/>
        <source>F10 runs one step of the epoch at a time and says what it changed</source>
        <translation>F10 ejecuta un paso de la época cada vez y dice qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="67"/>
        <source>&amp;Change learning rates and k...</source>
        <translation>Cambiar tasas de aprendizaje y &amp;k…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="68"/>
        <source>Turn the learning rates or k while the run goes on (from its next step)</source>
        <translation>Cambiar las tasas de aprendizaje o k mientras la ejecución sigue (desde su siguiente paso)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="69"/>
        <source>S&amp;weep seeds...</source>
        <translation>&amp;Barrido de semillas…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="70"/>
        <source>Train many seeds of this set-up together: is a result luck?</source>
        <translation>Entrenar muchas semillas de esta configuración a la vez: ¿un resultado es suerte?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="71"/>
        <source>&amp;Faster</source>
        <translation>Más r&amp;ápido</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="72"/>
        <source>More reports a second, up to full speed (the toolbar&apos;s speed dial)</source>
        <translation>Más informes por segundo, hasta la velocidad máxima (el selector de velocidad de la barra)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="73"/>
        <source>S&amp;lower</source>
        <translation>Más lent&amp;o</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="74"/>
        <source>Fewer reports a second, down to one (for narrating on a projector)</source>
        <translation>Menos informes por segundo, hasta uno (para explicar con el proyector)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="75"/>
        <source>&amp;Reset</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="76"/>
        <source>Discard the current run&apos;s plots (the run stays in the Runs tab)</source>
        <translation>Descartar los gráficos de la ejecución actual (la ejecución sigue en la pestaña Ejecuciones)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="78"/>
        <source>Sample sequences from the generator</source>
        <translation>Obtener secuencias del generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="79"/>
        <source>&amp;Set-up</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="80"/>
        <source>Show the set-up panel</source>
        <translation>Mostrar el panel de configuración</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="81"/>
        <source>Encoding &amp;inspector</source>
        <translation>&amp;Inspector de codificación</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="82"/>
        <source>How an integer is encoded and how G&apos;s outputs are read</source>
        <translation>Cómo se codifica un entero y cómo se leen las salidas de G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="83"/>
        <source>Lab i&amp;nstructions</source>
        <translation>I&amp;nstrucciones de la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="84"/>
        <source>The open lab&apos;s instructions</source>
        <translation>Las instrucciones de la práctica abierta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="86"/>
        <source>The numbers of the plots on screen, as tables (Enter on a focused plot: its own)</source>
        <translation>Los números de los gráficos en pantalla, como tablas (Intro sobre un gráfico: solo el suyo)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="88"/>
        <source>Larger text, lines and markers (for a projector)</source>
        <translation>Texto, líneas y marcadores más grandes (para el proyector)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="89"/>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="90"/>
        <source>Smaller text, lines and markers</source>
        <translation>Texto, líneas y marcadores más pequeños</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="91"/>
        <source>&amp;Reset text size</source>
        <translation>&amp;Restablecer tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="92"/>
        <source>Text at its usual size</source>
        <translation>Texto a su tamaño normal</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="93"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="94"/>
        <source>System colours</source>
        <translation>Colores del sistema</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="95"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="96"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="97"/>
        <source>Light colours</source>
        <translation>Colores claros</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="98"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="99"/>
        <source>Dark colours</source>
        <translation>Colores oscuros</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="100"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="101"/>
        <source>High contrast colours</source>
        <translation>Colores de alto contraste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="102"/>
        <source>&amp;How it works</source>
        <translation>&amp;Cómo funciona</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="103"/>
        <source>The encoding, the three steps and each metric</source>
        <translation>La codificación, los tres pasos y cada métrica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="104"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="105"/>
        <source>Every shortcut</source>
        <translation>Todos los atajos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="106"/>
        <source>&amp;About PatternGAN</source>
        <translation>Ace&amp;rca de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="107"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="108"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="119"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patrón:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="121"/>
        <source>&amp;Codec:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="122"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="123"/>
        <source>&amp;Epochs:</source>
        <translation>Ép&amp;ocas:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="124"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="67"/>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="125"/>
        <source>Learning rate &amp;D:</source>
        <translation>Tasa de aprendizaje &amp;D:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/live_change.py" line="68"/>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="126"/>
        <source>Learning rate &amp;G:</source>
        <translation>Tasa de aprendizaje &amp;G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="120"/>
        <source>R&amp;ange:</source>
        <translation>Rango:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="128"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="132"/>
        <source>G hidden:</source>
        <translation>G oculta:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="133"/>
        <source>D hidden:</source>
        <translation>D oculta:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="134"/>
        <source>Activation:</source>
        <translation>Activación:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="137"/>
        <source>Adam beta1:</source>
        <translation>Adam beta1:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="138"/>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="127"/>
        <source>Latent si&amp;ze:</source>
        <translation>Tamaño latente:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="129"/>
        <source>Report ever&amp;y:</source>
        <translation>In&amp;forme cada:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="130"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="131"/>
        <source>G head:</source>
        <translation>Cabeza de G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="135"/>
        <source>Loss:</source>
        <translation>Pérdida:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="136"/>
        <source>Optimizer:</source>
        <translation>Optimizador:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="139"/>
        <source>D steps (k):</source>
        <translation>Pasos de D (k):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="140"/>
        <source>D on real, fake:</source>
        <translation>D con reales, falsos:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="141"/>
        <source>Pack:</source>
        <translation>Empaquetado:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="142"/>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="143"/>
        <source>EMA of G:</source>
        <translation>EMA de G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="144"/>
        <source>Schedule:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="145"/>
        <source>What G should learn to make</source>
        <translation>Lo que G debe aprender a generar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="146"/>
        <source>The half-open range of the integers</source>
        <translation>El rango semiabierto de los enteros</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="147"/>
        <source>How an integer becomes a vector</source>
        <translation>Cómo un entero se convierte en vector</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="148"/>
        <source>A whole model and its training, named</source>
        <translation>Un modelo completo y su entrenamiento, con nombre</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="149"/>
        <source>One epoch is one batch, as in the chapter</source>
        <translation>Una época es un lote, como en el capítulo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="150"/>
        <source>Samples per batch, real and fake alike</source>
        <translation>Muestras por lote, tanto reales como falsas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="151"/>
        <source>D&apos;s learning rate (the book uses 0.001)</source>
        <translation>Tasa de aprendizaje de D (el libro usa 0,001)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="152"/>
        <source>G&apos;s learning rate (the book uses 0.001)</source>
        <translation>Tasa de aprendizaje de G (el libro usa 0,001)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="153"/>
        <source>Size of the noise vector z fed to G (the book uses 100)</source>
        <translation>Tamaño del vector de ruido z que recibe G (el libro usa 100)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="154"/>
        <source>Seeds the weights, the noise and the real data</source>
        <translation>Fija los pesos, el ruido y los datos reales</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="155"/>
        <source>Epochs between reports (plots and samples); the book uses 100</source>
        <translation>Épocas entre informes (gráficos y muestras); el libro usa 100</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="156"/>
        <source>Auto trains where this set-up runs faster. These models are so small that per-step overhead decides, not arithmetic, so with a CUDA device Auto first times a quarter of a second of real epochs on the CPU and on the GPU (once per set-up) and picks the faster. Hover the status bar&apos;s device for the figures.</source>
        <translation>Automático entrena donde esta configuración va más rápido. Estos modelos son tan pequeños que decide el coste por paso, no el cálculo; por eso, con un dispositivo CUDA, Automático mide primero un cuarto de segundo de épocas reales en la CPU y en la GPU (una vez por configuración) y elige la más rápida. Pasa el ratón por el dispositivo de la barra de estado para ver las cifras.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="157"/>
        <source>G&apos;s output. book: the chapter&apos;s ReLU (heads can be all zero: undecided numbers); softmax: always decisive, but tends to collapse; gumbel: exact one-hots from noise, the default preset&apos;s (learns the whole support)</source>
        <translation>La salida de G. book: la ReLU del capítulo (las cabezas pueden ser todo ceros: números indecisos); softmax: siempre decidido, pero tiende a colapsar; gumbel: one-hots exactos a partir de ruido, el del preajuste default (aprende todo el soporte)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="158"/>
        <source>G&apos;s hidden layer widths, e.g. 64,64 for two layers of 64; empty: none (the book&apos;s single Linear). Wider or deeper: more capacity, slower steps</source>
        <translation>Anchos de las capas ocultas de G, p. ej. 64,64 para dos capas de 64; vacío: ninguna (la única Linear del libro). Más ancho o profundo: más capacidad, pasos más lentos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="159"/>
        <source>D&apos;s hidden layer widths, e.g. 64; empty: none. A D much stronger than G wins too easily and G&apos;s gradient fades</source>
        <translation>Anchos de las capas ocultas de D, p. ej. 64; vacío: ninguna. Un D mucho más fuerte que G gana con demasiada facilidad y el gradiente de G se desvanece</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="160"/>
        <source>The activation of every hidden layer</source>
        <translation>La activación de cada capa oculta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="161"/>
        <source>The GAN loss. minimax: G minimises log(1 - D(G(z))), Goodfellow&apos;s original; nonsaturating: G maximises log D(G(z)), the chapter&apos;s BCE loss; lsgan: least squares; hinge; wgan-gp: a critic with a gradient penalty (hinge and wgan-gp need the softmax or gumbel head; wgan-gp also D&apos;s steps together)</source>
        <translation>La pérdida de la GAN. minimax: G minimiza log(1 - D(G(z))), el original de Goodfellow; nonsaturating: G maximiza log D(G(z)), la pérdida BCE del capítulo; lsgan: mínimos cuadrados; hinge; wgan-gp: un crítico con penalización del gradiente (hinge y wgan-gp necesitan la cabeza softmax o gumbel; wgan-gp además los pasos de D juntos)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="162"/>
        <source>For both networks. adam: the chapter&apos;s, adapts each weight&apos;s step; sgd: plain steps (with momentum); rmsprop: the original WGAN&apos;s</source>
        <translation>Para ambas redes. adam: el del capítulo, adapta el paso de cada peso; sgd: pasos simples (con momento); rmsprop: el de la WGAN original</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="163"/>
        <source>Adam&apos;s beta1: 0.9 is torch&apos;s default, 0.5 the usual GAN choice</source>
        <translation>beta1 de Adam: 0,9 es el valor por defecto de torch, 0,5 la elección habitual en GAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="164"/>
        <source>SGD&apos;s and RMSprop&apos;s momentum (Adam ignores it)</source>
        <translation>Momento de SGD y RMSprop (Adam lo ignora)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="165"/>
        <source>k: D updates per G update (GAN Lab&apos;s k). More keeps D ahead of G; too many and D wins outright. Can change while a run goes on</source>
        <translation>k: actualizaciones de D por cada una de G (el k de GAN Lab). Más mantiene a D por delante de G; demasiadas y D gana sin discusión. Se puede cambiar durante una ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="166"/>
        <source>separate: D on real, then D on fake, as the chapter; together: one D step on both</source>
        <translation>por separado: D con reales y luego D con falsos, como en el capítulo; juntos: un paso de D con ambos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="167"/>
        <source>PacGAN: D judges this many samples at once, so it can see a lack of variety (fights mode collapse). The batch must be a multiple of it</source>
        <translation>PacGAN: D juzga tantas muestras a la vez, así puede ver la falta de variedad (combate el colapso de modos). El lote debe ser múltiplo de este número</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="168"/>
        <source>z ~ N(0, 1) (the chapter&apos;s randn) or uniform on [-1, 1)</source>
        <translation>z ~ N(0, 1) (el randn del capítulo) o uniforme en [-1, 1)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="169"/>
        <source>Average G&apos;s weights over the second half of training (0 = off; 0.99 typical): smooths out the last steps&apos; wobble</source>
        <translation>Promediar los pesos de G durante la segunda mitad del entrenamiento (0 = desactivado; 0,99 habitual): suaviza el vaivén de los últimos pasos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="170"/>
        <source>Learning rates constant, or cosine down to 0</source>
        <translation>Tasas de aprendizaje constantes o en coseno hasta 0</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="174"/>
        <source>Multiples of K</source>
        <translation>Múltiplos de K</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="175"/>
        <source>Odd numbers</source>
        <translation>Números impares</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="176"/>
        <source>Even numbers</source>
        <translation>Números pares</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="177"/>
        <source>n = R (mod K)</source>
        <translation>n = R (mod K)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="178"/>
        <source>Perfect squares</source>
        <translation>Cuadrados perfectos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="179"/>
        <source>Prime numbers</source>
        <translation>Números primos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="180"/>
        <source>Custom expression</source>
        <translation>Expresión propia</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="181"/>
        <source>Draw your own</source>
        <translation>Dibújalo tú</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="182"/>
        <source>Strict validity</source>
        <translation>Validez estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="183"/>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="415"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="184"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="185"/>
        <source>TV distance</source>
        <translation>distancia TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="186"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="187"/>
        <source>Final strict validity</source>
        <translation>Validez estricta final</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="188"/>
        <source>each student</source>
        <translation>cada estudiante</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="189"/>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="190"/>
        <source>a student</source>
        <translation>un estudiante</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="191"/>
        <source>off-lab or not verified</source>
        <translation>fuera de la práctica o no verificado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="192"/>
        <source>G&apos;s raw outputs over time</source>
        <translation>Salidas brutas de G en el tiempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="193"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="194"/>
        <source>unit (by head)</source>
        <translation>unidad (por cabeza)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="195"/>
        <source>mean raw output of the report&apos;s samples (dark low, bright high)</source>
        <translation>salida bruta media de las muestras del informe (oscuro bajo, claro alto)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="196"/>
        <source>D loss (real + fake)</source>
        <translation>pérdida de D (real + falso)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="197"/>
        <source>G loss</source>
        <translation>pérdida de G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="198"/>
        <source>strict validity</source>
        <translation>validez estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="199"/>
        <source>book validity (argmax)</source>
        <translation>validez del libro (argmax)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="200"/>
        <source>modes covered (right axis)</source>
        <translation>modos cubiertos (eje derecho)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="201"/>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="202"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="203"/>
        <source>undecided (x = R)</source>
        <translation>indeciso (x = R)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="204"/>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="205"/>
        <source>D(x) for every integer</source>
        <translation>D(x) para cada entero</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="206"/>
        <source>support values</source>
        <translation>valores del soporte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="207"/>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="208"/>
        <source>BCE loss</source>
        <translation>pérdida BCE</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="209"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="210"/>
        <source>Generator&apos;s distribution</source>
        <translation>Distribución del generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="211"/>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="212"/>
        <source>D&apos;s view</source>
        <translation>La vista de D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="213"/>
        <source>P(real) by D</source>
        <translation>P(real)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="214"/>
        <source>TV distance to the target</source>
        <translation>Distancia TV al objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="215"/>
        <source>Last distribution</source>
        <translation>Última distribución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="216"/>
        <source>Last D&apos;s view</source>
        <translation>Última vista de D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="217"/>
        <source>P(real)</source>
        <translation>P(real)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="218"/>
        <source>Histogram of the sampled numbers</source>
        <translation>Histograma de los números muestreados</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="219"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="220"/>
        <source>sampled</source>
        <translation>muestreado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="221"/>
        <source>expected from the target</source>
        <translation>esperado según el objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="222"/>
        <source>Final strict validity of each seed</source>
        <translation>Validez estricta final de cada semilla</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="223"/>
        <source>seeds</source>
        <translation>semillas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="224"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="225"/>
        <source>lowest to highest seed</source>
        <translation>de la semilla más baja a la más alta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="226"/>
        <source>least-squares loss</source>
        <translation>pérdida de mínimos cuadrados</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="227"/>
        <source>hinge loss</source>
        <translation>pérdida hinge</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="228"/>
        <source>critic loss</source>
        <translation>pérdida del crítico</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="413"/>
        <source>share of the run&apos;s epochs</source>
        <translation>proporción de las épocas de la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/runs_panel.py" line="424"/>
        <source>each run&apos;s own loss (see key)</source>
        <translation>la pérdida propia de cada ejecución (ver leyenda)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/quality_curves.py" line="40"/>
        <source>modes</source>
        <translation>modos</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="171"/>
        <source>The chapter exactly: D = Linear+Sigmoid, G = Linear+ReLU, batch 10, 10,000 epochs.</source>
        <translation>Exactamente el capítulo: D = Linear+Sigmoid, G = Linear+ReLU, lote 10, 10.000 épocas.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="172"/>
        <source>Fast and faithful: Gumbel one-hot G, PacGAN D with a hidden layer, 800 epochs.</source>
        <translation>Rápido y fiel: G con one-hot de Gumbel, D PacGAN con una capa oculta, 800 épocas.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="173"/>
        <source>Softmax heads without noise: always valid, but G collapses onto a few values.</source>
        <translation>Cabezas softmax sin ruido: siempre válido, pero G colapsa en unos pocos valores.</translation>
    </message>
</context>
<context>
    <name>speeds</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="109"/>
        <source>Full speed</source>
        <translation>Máxima velocidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="110"/>
        <source>10 reports/s</source>
        <translation>10 informes/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="111"/>
        <source>4 reports/s</source>
        <translation>4 informes/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="112"/>
        <source>2 reports/s</source>
        <translation>2 informes/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="113"/>
        <source>1 report/s</source>
        <translation>1 informe/s</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="114"/>
        <source>D on real</source>
        <translation>D con datos reales</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="115"/>
        <source>D on fake</source>
        <translation>D con datos falsos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="116"/>
        <source>D on real and fake</source>
        <translation>D con datos reales y falsos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="117"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="118"/>
        <source>one epoch</source>
        <translation>una época</translation>
    </message>
</context>
</TS>
