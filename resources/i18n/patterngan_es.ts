<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="137"/>
        <source>Unsaved runs</source>
        <translation>Ejecuciones sin guardar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="140"/>
        <source>Trained generators not saved yet: %n</source>
        <translation>Generadores entrenados aún sin guardar: %n</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="35"/>
        <source>Sweep seeds</source>
        <translation>Barrido de semillas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/sweeps.py" line="36"/>
        <source>Seeds to train together:</source>
        <translation>Semillas para entrenar a la vez:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="46"/>
        <source>Open an unchecked file?</source>
        <translation>¿Abrir un archivo sin comprobar?</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="48"/>
        <source>{0} cannot be opened safely.</source>
        <translation>{0} no se puede abrir de forma segura.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="50"/>
        <source>PatternGAN checked it and found that {0}.

Trusting it means letting PyTorch run the code stored inside the file, with your permissions: it could read, change or delete your files. Only do this for a file from a source you trust.</source>
        <translation>PatternGAN lo ha comprobado y ha encontrado que {0}.

Confiar en él significa dejar que PyTorch ejecute el código guardado en el archivo con tus permisos: podría leer, cambiar o borrar tus archivos. Hazlo solo con un archivo de una fuente de confianza.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="59"/>
        <source>Trust and run its code</source>
        <translation>Confiar y ejecutar su código</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="81"/>
        <source>Export lab result</source>
        <translation>Exportar el resultado de la práctica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="82"/>
        <source>Your name (it goes in the result):</source>
        <translation>Tu nombre (aparece en el resultado):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="95"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="101"/>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/dialogs.py" line="130"/>
        <source>About PatternGAN</source>
        <translation>Acerca de PatternGAN</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="28"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="31"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="42"/>
        <source>_This lab has no instructions._</source>
        <translation>_Esta práctica no tiene instrucciones._</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="66"/>
        <source>(a prediction: before F5)</source>
        <translation>(una predicción: antes de F5)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="87"/>
        <source>met at epoch {0}</source>
        <translation>cumplido en la época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="115"/>
        <source>Answered before training started: sealed with the run</source>
        <translation>Respondida antes de empezar el entrenamiento: sellada con la ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="120"/>
        <source>This run began before a prediction was given: what you type now is kept as an answer after the run, with the epoch you typed it at</source>
        <translation>Esta ejecución empezó antes de dar una predicción: lo que escribas ahora se guarda como respuesta después de la ejecución, con la época en que lo escribiste</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="127"/>
        <source>after the run: not counted as a prediction</source>
        <translation>después de la ejecución: no cuenta como predicción</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/lab_panel.py" line="117"/>
        <source>locked: a prediction is made before F5</source>
        <translation>bloqueada: una predicción se hace antes de F5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="39"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="47"/>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="86"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/language_menu.py" line="71"/>
        <source>Language: {0}. Menus, toolbar, tabs and status change now; the rest of the window at the next start.</source>
        <translation>Idioma: {0}. Los menús, la barra de herramientas, las pestañas y la barra de estado cambian ya; el resto de la ventana, en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="96"/>
        <source>Set-up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="102"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="105"/>
        <source>Encoding inspector</source>
        <translation>Inspector de codificación</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="114"/>
        <source>Loading PyTorch and the plots...</source>
        <translation>Cargando PyTorch y los gráficos…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="116"/>
        <location filename="../../patterngan_gui/main_window.py" line="208"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="132"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="136"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="507"/>
        <source>The speed dial: full speed, or a few reports a second to narrate on a projector (Ctrl+] faster, Ctrl+[ slower; also while training)</source>
        <translation>El selector de velocidad: máxima velocidad, o pocos informes por segundo para explicar con el proyector (Ctrl+] más rápido, Ctrl+[ más lento; también durante el entrenamiento)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/actions.py" line="518"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="209"/>
        <source>Sa&amp;mpling</source>
        <translation>&amp;Muestreo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="210"/>
        <source>R&amp;uns</source>
        <translation>E&amp;jecuciones</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="211"/>
        <source>S&amp;weeps</source>
        <translation>&amp;Barridos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="212"/>
        <source>&amp;Networks</source>
        <translation>&amp;Redes</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/main_window.py" line="216"/>
        <source>The model view: G and D, layer by layer</source>
        <translation>La vista del modelo: G y D, capa a capa</translation>
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
        <location filename="../../patterngan_gui/panels/plots.py" line="97"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/plots.py" line="185"/>
        <source>Time&amp;line:</source>
        <translation>Línea de &amp;tiempo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="35"/>
        <source>epoch {0}</source>
        <translation>época {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/timeline_view.py" line="38"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;strict {2}&lt;/b&gt;, book {3}, TV {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} &lt;b&gt;estricta {2}&lt;/b&gt;, libro {3}, TV {4}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/samples_log.py" line="74"/>
        <source>&lt;b&gt;Samples log&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;bold&lt;/b&gt;&lt;/span&gt; = not in the pattern, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = undecided)</source>
        <translation>&lt;b&gt;Registro de muestras&lt;/b&gt; (&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;negrita&lt;/b&gt;&lt;/span&gt; = fuera del patrón, &lt;span style=&apos;color:{1}&apos;&gt;&lt;u&gt;n?&lt;/u&gt;&lt;/span&gt; = indeciso)</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="17"/>
        <location filename="../../patterngan_gui/panels/status.py" line="49"/>
        <source>epoch {0} / {1}</source>
        <translation>época {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="19"/>
        <location filename="../../patterngan_gui/panels/status.py" line="55"/>
        <location filename="../../patterngan_gui/panels/status.py" line="58"/>
        <source>device: {0}</source>
        <translation>dispositivo: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="65"/>
        <source>{0} epochs/s</source>
        <translation>{0} épocas/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="67"/>
        <location filename="../../patterngan_gui/panels/status.py" line="82"/>
        <source>elapsed {0} s</source>
        <translation>transcurrido {0} s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/status.py" line="71"/>
        <source>{0}, remaining {1} s</source>
        <translation>{0}, quedan {1} s</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="103"/>
        <source>No generator yet: train one, or open a num_gen.pt (Ctrl+O).</source>
        <translation>Aún no hay generador: entrena uno o abre un num_gen.pt (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="109"/>
        <source> sequences of 10</source>
        <translation> secuencias de 10</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="111"/>
        <source>fresh randomness</source>
        <translation>azar nuevo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="113"/>
        <source>Ignore the seed: different numbers every time</source>
        <translation>Ignorar la semilla: números distintos cada vez</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="115"/>
        <source>&amp;Sample</source>
        <translation>&amp;Muestrear</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="117"/>
        <source>Draw sequences from the generator (Ctrl+G)</source>
        <translation>Obtener secuencias del generador (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="119"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="120"/>
        <source>Save C&amp;SV...</source>
        <translation>Guardar C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="121"/>
        <source>Draw</source>
        <translation>Obtener</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/sampling_panel.py" line="121"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../patterngan_gui/panels/advanced_panel.py" line="94"/>
        <source>Advanced: take the GAN apart</source>
        <translation>Avanzado: desmontar la GAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="75"/>
        <source>Model and training</source>
        <translation>Modelo y entrenamiento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="414"/>
        <source>{0} numbers: {1}</source>
        <translation>{0} números: {1}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="38"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="46"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="62"/>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="66"/>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpresión:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="68"/>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="78"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/panels/task_group.py" line="94"/>
        <source>Support:</source>
        <translation>Soporte:</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="68"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="78"/>
        <source>Training...</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="86"/>
        <source>Cannot start training</source>
        <translation>No se puede iniciar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="95"/>
        <source>Paused: F5 resumes, F10 steps the paused run</source>
        <translation>En pausa: F5 reanuda, F10 avanza un paso la ejecución en pausa</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="108"/>
        <source>Stopping the sweep...</source>
        <translation>Deteniendo el barrido…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="111"/>
        <source>Stopping...</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="133"/>
        <source>Speed: {0}</source>
        <translation>Velocidad: {0}</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="343"/>
        <source>Training finished</source>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/controllers/training.py" line="346"/>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="20"/>
        <source>Export plots as &amp;PNG...</source>
        <translation>E&amp;xportar gráficos como PNG…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="21"/>
        <source>Save the plots as a picture</source>
        <translation>Guardar los gráficos como imagen</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="22"/>
        <source>Export metrics as &amp;CSV...</source>
        <translation>Exportar &amp;métricas como CSV…</translation>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="26"/>
        <source>Export lab &amp;result...</source>
        <translation>Exportar &amp;resultado de la práctica…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="27"/>
        <source>One file for the teacher: the lab, your answers, the goals met, the run and its generator</source>
        <translation>Un archivo para el profesor: la práctica, tus respuestas, los objetivos cumplidos, la ejecución y su generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="28"/>
        <source>Export re&amp;port...</source>
        <translation>Exportar inform&amp;e…</translation>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="32"/>
        <source>Open c&amp;lass folder...</source>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="59"/>
        <source>Step D on real (&amp;real only)</source>
        <translation>Paso de D con reales (solo &amp;reales)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="60"/>
        <source>One discriminator step on real data (label 1)</source>
        <translation>Un paso del discriminador con datos reales (etiqueta 1)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="61"/>
        <source>Step D on fake (&amp;fake only)</source>
        <translation>Paso de D con falsos (solo &amp;falsos)</translation>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="77"/>
        <source>&amp;Sample</source>
        <translation>&amp;Muestrear</translation>
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
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="85"/>
        <source>Plots as &amp;tables...</source>
        <translation>Gráficos como &amp;tablas…</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="86"/>
        <source>The numbers of the plots on screen, as tables (Enter on a focused plot: its own)</source>
        <translation>Los números de los gráficos en pantalla, como tablas (Intro sobre un gráfico: solo el suyo)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="87"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
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
        <source>&amp;How it works</source>
        <translation>&amp;Cómo funciona</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="101"/>
        <source>The encoding, the three steps and each metric</source>
        <translation>La codificación, los tres pasos y cada métrica</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="102"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="103"/>
        <source>Every shortcut</source>
        <translation>Todos los atajos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="104"/>
        <source>&amp;About PatternGAN</source>
        <translation>Ace&amp;rca de PatternGAN</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="105"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="106"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="112"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patrón:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="113"/>
        <location filename="../../patterngan_gui/panels/task_group.py" line="89"/>
        <source>&amp;Range:</source>
        <translation>&amp;Rango:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="114"/>
        <location filename="../../patterngan_gui/panels/task_group.py" line="112"/>
        <source>&amp;Codec:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="115"/>
        <location filename="../../patterngan_gui/panels/setup_panel.py" line="83"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="116"/>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="117"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="118"/>
        <source>Learning rate &amp;D:</source>
        <translation>Tasa de aprendizaje &amp;D:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="119"/>
        <source>Learning rate &amp;G:</source>
        <translation>Tasa de aprendizaje &amp;G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="120"/>
        <source>&amp;Latent size:</source>
        <translation>Tamaño &amp;latente:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="121"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="122"/>
        <source>Report e&amp;very:</source>
        <translation>Informe &amp;cada:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="123"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="124"/>
        <source>G &amp;head:</source>
        <translation>&amp;Cabeza de G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="125"/>
        <source>G hidden:</source>
        <translation>G oculta:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="126"/>
        <source>D hidden:</source>
        <translation>D oculta:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="127"/>
        <source>Activation:</source>
        <translation>Activación:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="128"/>
        <source>L&amp;oss:</source>
        <translation>Pérdi&amp;da:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="129"/>
        <source>Optimi&amp;zer:</source>
        <translation>&amp;Optimizador:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="130"/>
        <source>Adam beta1:</source>
        <translation>Adam beta1:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="131"/>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="132"/>
        <source>D steps (&amp;k):</source>
        <translation>Pasos de D (&amp;k):</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="133"/>
        <source>D on real, fake:</source>
        <translation>D con reales, falsos:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="134"/>
        <source>Pack:</source>
        <translation>Empaquetado:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="135"/>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="136"/>
        <source>EMA of G:</source>
        <translation>EMA de G:</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="137"/>
        <source>Schedule:</source>
        <translation>Programa:</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="138"/>
        <source>Multiples of K</source>
        <translation>Múltiplos de K</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="139"/>
        <source>Odd numbers</source>
        <translation>Números impares</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="140"/>
        <source>Even numbers</source>
        <translation>Números pares</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="141"/>
        <source>n = R (mod K)</source>
        <translation>n = R (mod K)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="142"/>
        <source>Perfect squares</source>
        <translation>Cuadrados perfectos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="143"/>
        <source>Prime numbers</source>
        <translation>Números primos</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="144"/>
        <source>Custom expression</source>
        <translation>Expresión propia</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="145"/>
        <source>Draw your own</source>
        <translation>Dibújalo tú</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="146"/>
        <source>Strict validity</source>
        <translation>Validez estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="147"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="148"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="149"/>
        <source>TV distance</source>
        <translation>distancia TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="150"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="151"/>
        <source>Final strict validity</source>
        <translation>Validez estricta final</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="152"/>
        <source>each student</source>
        <translation>cada estudiante</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="153"/>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="154"/>
        <source>a student</source>
        <translation>un estudiante</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="155"/>
        <source>off-lab or not verified</source>
        <translation>fuera de la práctica o no verificado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="156"/>
        <source>G&apos;s raw outputs over time</source>
        <translation>Salidas brutas de G en el tiempo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="157"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="158"/>
        <source>unit (by head)</source>
        <translation>unidad (por cabeza)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="159"/>
        <source>mean raw output of the report&apos;s samples (dark low, bright high)</source>
        <translation>salida bruta media de las muestras del informe (oscuro bajo, claro alto)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="160"/>
        <source>D loss (real + fake)</source>
        <translation>pérdida de D (real + falso)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="161"/>
        <source>G loss</source>
        <translation>pérdida de G</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="162"/>
        <source>strict validity</source>
        <translation>validez estricta</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="163"/>
        <source>book validity (argmax)</source>
        <translation>validez del libro (argmax)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="164"/>
        <source>modes covered (right axis)</source>
        <translation>modos cubiertos (eje derecho)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="165"/>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="166"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="167"/>
        <source>undecided (x = R)</source>
        <translation>indeciso (x = R)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="168"/>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="169"/>
        <source>D(x) for every integer</source>
        <translation>D(x) para cada entero</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="170"/>
        <source>support values</source>
        <translation>valores del soporte</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="171"/>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="172"/>
        <source>BCE loss</source>
        <translation>pérdida BCE</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="173"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="174"/>
        <source>Generator&apos;s distribution</source>
        <translation>Distribución del generador</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="175"/>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="176"/>
        <source>D&apos;s view</source>
        <translation>La vista de D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="177"/>
        <source>P(real) by D</source>
        <translation>P(real)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="178"/>
        <source>TV distance to the target</source>
        <translation>Distancia TV al objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="179"/>
        <source>Last distribution</source>
        <translation>Última distribución</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="180"/>
        <source>Last D&apos;s view</source>
        <translation>Última vista de D</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="181"/>
        <source>P(real)</source>
        <translation>P(real)</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="182"/>
        <source>Histogram of the sampled numbers</source>
        <translation>Histograma de los números muestreados</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="183"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="184"/>
        <source>sampled</source>
        <translation>muestreado</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="185"/>
        <source>expected from the target</source>
        <translation>esperado según el objetivo</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="186"/>
        <source>Final strict validity of each seed</source>
        <translation>Validez estricta final de cada semilla</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="187"/>
        <source>seeds</source>
        <translation>semillas</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="188"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="189"/>
        <source>lowest to highest seed</source>
        <translation>de la semilla más baja a la más alta</translation>
    </message>
</context>
<context>
    <name>speeds</name>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="107"/>
        <source>Full speed</source>
        <translation>Máxima velocidad</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="108"/>
        <source>10 reports/s</source>
        <translation>10 informes/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="109"/>
        <source>4 reports/s</source>
        <translation>4 informes/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="110"/>
        <source>2 reports/s</source>
        <translation>2 informes/s</translation>
    </message>
    <message>
        <location filename="../../patterngan_gui/kit/tr_tables.py" line="111"/>
        <source>1 report/s</source>
        <translation>1 informe/s</translation>
    </message>
</context>
</TS>
