<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>On</source>
        <extracomment>The text size &quot;Larger text&quot; sets (150 %).</extracomment>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Makes all text one and a half times bigger</source>
        <translation>Aumenta todo el texto una vez y media</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Blanco y amarillo sobre negro</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Todo al alcance</translation>
    </message>
    <message>
        <source>Brings every button down within reach</source>
        <translation>Baja todos los botones para tenerlos al alcance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>AdminDoorSection</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PIN was set under older, weaker rules (4 digits were allowed). Set a new PIN of 6 to 12 digits on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>El PIN de este quiosco se fijó con reglas anteriores y más débiles (se permitían 4 dígitos). Fije un PIN nuevo de 6 a 12 dígitos en este ordenador con el comando: blueheart-kiosk set-pin</translation>
    </message>
    <message>
        <source>No wrong PIN was entered since Admin was last opened.</source>
        <translation>No se ha introducido ningún PIN incorrecto desde la última vez que se abrió la administración.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) were entered since Admin was last opened:</source>
        <translation>
            <numerusform>Se ha introducido %n PIN incorrecto desde la última vez que se abrió la administración:</numerusform>
            <numerusform>Se han introducido %n PIN incorrectos desde la última vez que se abrió la administración:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>y %n anterior</numerusform>
            <numerusform>y %n anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>For the organiser of this kiosk</source>
        <translation>Para el organizador de este quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Close the kiosk? This computer&apos;s desktop will show until it is started again.</source>
        <translation>¿Cerrar el quiosco? El escritorio de este ordenador quedará a la vista hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>Sí, salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Kiosk (full screen, locked)</source>
        <translation>Quiosco (pantalla completa, bloqueado)</translation>
    </message>
    <message>
        <source>Window (development)</source>
        <translation>Ventana (desarrollo)</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Keyboard renderer</source>
        <translation>Representación del teclado</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>aún sin elegir</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>sin OpenGL</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>Sin advertencias de configuración ni de contenido</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Public service announcement, playing without sound</source>
        <translation>Anuncio de servicio público, sin sonido</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is. With ``media.attract_loop`` on, the loop starts this long after Attract shows (the first time, its player and QtMultimedia load then, well after the first frame).</extracomment>
        <translation>Corazón Azul</translation>
    </message>
    <message>
        <source>Together against human trafficking</source>
        <translation>Juntos contra la trata de personas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln persona ha asumido el compromiso Corazón Azul</numerusform>
            <numerusform>%Ln personas han asumido el compromiso Corazón Azul</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>The Blue Heart Campaign</source>
        <translation>La campaña Corazón Azul</translation>
    </message>
    <message>
        <source>A campaign against human trafficking.</source>
        <translation>Una campaña contra la trata de personas.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>¿Trata o tráfico de migrantes?</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>Tráfico ilícito de migrantes</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>In plain words</source>
        <translation>En pocas palabras</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>What the law says</source>
        <translation>Lo que dice la ley</translation>
    </message>
    <message>
        <source>The official text is shown in English.</source>
        <translation>El texto oficial se muestra en inglés.</translation>
    </message>
    <message>
        <source>Part of the official text is shown in English.</source>
        <translation>Una parte del texto oficial se muestra en inglés.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>ElementCard</name>
    <message>
        <source>Tap to close</source>
        <translation>Toque para cerrar</translation>
    </message>
    <message>
        <source>Tap to see</source>
        <translation>Toque para ver</translation>
    </message>
</context>
<context>
    <name>ElementsPage</name>
    <message>
        <source>The three elements of human trafficking</source>
        <translation>Los tres elementos de la trata de personas</translation>
    </message>
    <message>
        <source>An act, done by certain means, for the purpose of exploitation. Tap each one.</source>
        <translation>Un acto, realizado por ciertos medios, con fines de explotación. Toque cada uno.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
</context>
<context>
    <name>FleetAdminSection</name>
    <message>
        <source>Event sync</source>
        <translation>Sincronización del evento</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Server: %1 · Event: %2</source>
        <translation>Servidor: %1 · Evento: %2</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Aún no intentado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Queued: %1    Event total: %2</source>
        <translation>En espera: %1    Total del evento: %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Human beings are not for sale</source>
        <extracomment>(screen, icon) of each tile, in reading order; the pledge is highlighted.</extracomment>
        <translation>Las personas no están en venta</translation>
    </message>
    <message>
        <source>Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge.</source>
        <translation>Infórmese sobre la trata de personas y el tráfico ilícito de migrantes, y asuma el compromiso Corazón Azul.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>¿Qué son la trata de personas y el tráfico ilícito de migrantes?</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Lo último de la UNODC</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>Anuncios de servicio público y entrevistas con expertos</translation>
    </message>
    <message>
        <source>Tools and publications</source>
        <translation>Herramientas y publicaciones</translation>
    </message>
    <message>
        <source>Take a link away on your phone</source>
        <translation>Llévese un enlace en su teléfono</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Asumir el compromiso</translation>
    </message>
    <message>
        <source>Join the Blue Heart campaign against human trafficking</source>
        <translation>Únase a la campaña Corazón Azul contra la trata de personas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln persona ha asumido el compromiso Corazón Azul</numerusform>
            <numerusform>%Ln personas han asumido el compromiso Corazón Azul</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactSection</name>
    <message>
        <source>Today</source>
        <extracomment>Lines built ahead by :meth:`prepare` (a summary, the path and a few of each list).</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>El evento hasta ahora</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>The figures cannot be read from the database now.</source>
        <translation>Las cifras no se pueden leer de la base de datos en este momento.</translation>
    </message>
</context>
<context>
    <name>ImpactWords</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Pledge screen</source>
        <translation>Pantalla del compromiso</translation>
    </message>
    <message>
        <source>Made a pledge</source>
        <translation>Hicieron el compromiso</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Modo de alcance</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Blue Heart Kiosk: impact report</source>
        <translation>Quiosco Corazón Azul: informe de impacto</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Elaborado el %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Hoy (%1)</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>El evento hasta ahora</translation>
    </message>
    <message>
        <source>The event so far (%1 to %2)</source>
        <translation>El evento hasta ahora (del %1 al %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>No events were recorded in this period.</source>
        <translation>No se registró ningún evento en este periodo.</translation>
    </message>
    <message>
        <source>Recording is off (analytics.enabled = false in the configuration file).</source>
        <translation>El registro está desactivado (analytics.enabled = false en el archivo de configuración).</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>Visitas por hora</translation>
    </message>
    <message>
        <source>Pledges by hour</source>
        <translation>Compromisos por hora</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Median visit length</source>
        <translation>Duración mediana de la visita</translation>
    </message>
    <message>
        <source>90 % of visits were shorter than</source>
        <translation>El 90 % de las visitas duró menos de</translation>
    </message>
    <message>
        <source>Pledges made</source>
        <translation>Compromisos realizados</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Quioscos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>From Home to a pledge: share of visits that reached each screen</source>
        <translation>Del inicio al compromiso: porcentaje de visitas que llegaron a cada pantalla</translation>
    </message>
    <message>
        <source>Videos and interviews: plays, share watched on average, plays watched to the end</source>
        <translation>Videos y entrevistas: reproducciones, porcentaje visto en promedio, reproducciones vistas hasta el final</translation>
    </message>
    <message>
        <source>Quiz: answers and share right, per question</source>
        <translation>Cuestionario: respuestas y porcentaje de aciertos, por pregunta</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>Idiomas elegidos</translation>
    </message>
    <message>
        <source>Accessibility options used</source>
        <translation>Opciones de accesibilidad utilizadas</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <extracomment>The parts of Learn, in the order of the buttons.</extracomment>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>¿Qué son la trata de personas y el tráfico ilícito de migrantes?</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>Tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>Tres elementos</translation>
    </message>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>¿Trata o tráfico de migrantes?</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>El Corazón Azul</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape. Milliseconds between the first frame and the building of the other screens.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Larger text, high contrast and reach mode</source>
        <translation>Texto más grande, alto contraste y todo al alcance</translation>
    </message>
</context>
<context>
    <name>NewsDetail</name>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>Escanee para leer más en su teléfono</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>No news at the moment.</source>
        <translation>No hay noticias por el momento.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>The latest from UNODC, newest first</source>
        <translation>Lo último de la UNODC, lo más reciente primero</translation>
    </message>
    <message>
        <source>All news</source>
        <translation>Todas las noticias</translation>
    </message>
    <message>
        <source>Back to all news</source>
        <translation>Volver a todas las noticias</translation>
    </message>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>Escanee para leer más en su teléfono</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message numerus="yes">
        <source>First names, emails and countries are erased automatically %n day(s) after the pledge. The pledges, their commitments and the counts remain.</source>
        <translation>
            <numerusform>Los nombres, correos electrónicos y países se borran automáticamente %n día después del compromiso. Los compromisos, sus elecciones y los totales se conservan.</numerusform>
            <numerusform>Los nombres, correos electrónicos y países se borran automáticamente %n días después del compromiso. Los compromisos, sus elecciones y los totales se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>First names, emails and countries are kept until you erase them (pledges.personal_data_days = 0).</source>
        <translation>Los nombres, correos electrónicos y países se conservan hasta que usted los borre (pledges.personal_data_days = 0).</translation>
    </message>
    <message>
        <source>Last automatic erasure: %1, from %2 pledges.</source>
        <translation>Último borrado automático: %1, en %2 compromisos.</translation>
    </message>
    <message>
        <source>Erase personal data now…</source>
        <translation>Borrar los datos personales ahora…</translation>
    </message>
    <message>
        <source>Erase names, emails and countries</source>
        <translation>Borrar nombres, correos y países</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This erases the first names, emails and countries of all %1 pledges on this kiosk. The pledges and the counts remain. Export them first if you need the names. This cannot be undone.</source>
        <translation>Esto borra los nombres, correos electrónicos y países de los %1 compromisos de este quiosco. Los compromisos y los totales se conservan. Expórtelos antes si necesita los nombres. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Borrando los datos personales…</translation>
    </message>
    <message>
        <source>Personal data erased from %1 pledges; all %2 pledges remain.</source>
        <translation>Datos personales borrados de %1 compromisos; los %2 compromisos se conservan.</translation>
    </message>
    <message>
        <source>Could not erase the personal data: the pledge database cannot be written (%1).</source>
        <translation>No se pudieron borrar los datos personales: no se puede escribir en la base de compromisos (%1).</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Organiser access</source>
        <extracomment>The keys drawn as icons: key → icon name.</extracomment>
        <translation>Acceso del organizador</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Introduzca el PIN de administración</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Open admin</source>
        <translation>Abrir la administración</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Admin is locked: no PIN is set on this kiosk. Set one on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>La administración está bloqueada: no hay ningún PIN configurado en este quiosco. Configure uno en este ordenador con el comando: blueheart-kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes: 2 hours 30 minutes</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>Demasiados PIN incorrectos. El teclado está bloqueado durante %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1, until %2.</source>
        <translation>Demasiados PIN incorrectos. El teclado está bloqueado durante %1, hasta las %2.</translation>
    </message>
</context>
<context>
    <name>PledgeFormView</name>
    <message>
        <source>The Blue Heart stands for the people who are trafficked and for everyone working to end human trafficking. Add your name to the campaign: choose what you will do.</source>
        <translation>El Corazón Azul representa a las personas víctimas de la trata y a todas las que trabajan para ponerle fin. Súmese a la campaña: elija lo que hará.</translation>
    </message>
    <message>
        <source>I pledge to…</source>
        <translation>Me comprometo a…</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Sobre usted (opcional)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type to find your country</source>
        <translation>Escriba para buscar su país</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>You may email me about the Blue Heart campaign</source>
        <translation>Pueden escribirme sobre la campaña Corazón Azul</translation>
    </message>
    <message>
        <source>Show my first name on the pledge wall</source>
        <translation>Mostrar mi nombre en el muro de compromisos</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Asumir el compromiso</translation>
    </message>
    <message>
        <source>Choose at least one commitment.</source>
        <translation>Elija al menos un compromiso.</translation>
    </message>
    <message>
        <source>Choose your commitments again, please.</source>
        <translation>Vuelva a elegir sus compromisos, por favor.</translation>
    </message>
    <message>
        <source>Please use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>This name has a hidden control character. Please type it again.</source>
        <translation>Este nombre contiene un carácter de control oculto. Escríbalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Type your first name to show it on the wall, or untick the box.</source>
        <translation>Escriba su nombre para mostrarlo en el muro, o desmarque la casilla.</translation>
    </message>
    <message>
        <source>This does not look like an email address, for example name@example.org.</source>
        <translation>Esto no parece una dirección de correo, por ejemplo nombre@example.org.</translation>
    </message>
    <message>
        <source>Tick the box to let us email you, or leave the email empty.</source>
        <translation>Marque la casilla para que podamos escribirle, o deje el correo vacío.</translation>
    </message>
    <message>
        <source>Type your email, or untick the box.</source>
        <translation>Escriba su correo, o desmarque la casilla.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Elija su país de la lista.</translation>
    </message>
    <message>
        <source>Please choose a language.</source>
        <translation>Elija un idioma, por favor.</translation>
    </message>
    <message>
        <source>Sorry, your pledge could not be saved just now. Nothing you typed is lost: please try again in a moment or ask a member of staff.</source>
        <translation>Lo sentimos, su compromiso no se pudo guardar en este momento. No se ha perdido nada de lo que escribió: inténtelo de nuevo en un momento o pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>PledgeScreen</name>
    <message>
        <source>Take the Blue Heart pledge</source>
        <translation>Asuma el compromiso Corazón Azul</translation>
    </message>
    <message>
        <source>Join the campaign against human trafficking</source>
        <translation>Únase a la campaña contra la trata de personas</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>You are supporter number %1</source>
        <translation>Usted es la persona número %1 en apoyar</translation>
    </message>
</context>
<context>
    <name>PledgesAdminSection</name>
    <message>
        <source>Pledges</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Export or merge</source>
        <translation>Exportar o combinar</translation>
    </message>
    <message>
        <source>CSV (Excel)</source>
        <translation>CSV (Excel)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>Exportar a esta carpeta</translation>
    </message>
    <message>
        <source>Find exports to merge</source>
        <translation>Buscar exportaciones para combinar</translation>
    </message>
    <message>
        <source>Names on the pledge wall</source>
        <translation>Nombres en el muro de compromisos</translation>
    </message>
    <message>
        <source>Erase all pledges…</source>
        <translation>Borrar todos los compromisos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Today: %1    Total: %2</source>
        <translation>Hoy: %1    Total: %2</translation>
    </message>
    <message>
        <source>Pledges cannot be saved: %1. Check the data folder.</source>
        <translation>No se pueden guardar los compromisos: %1. Revise la carpeta de datos.</translation>
    </message>
    <message>
        <source>The pledge database could not be read and was set aside as %1; a new one was started.</source>
        <translation>La base de compromisos no se pudo leer; se apartó como %1 y se creó una nueva.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>otro programa está usando la base de datos</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the file or folder cannot be opened</source>
        <translation>no se puede abrir el archivo o la carpeta</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>Memoria USB %1</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>Exportar aquí</translation>
    </message>
    <message>
        <source>Find exports</source>
        <translation>Buscar exportaciones</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>No .csv or .jsonl files in %1</source>
        <translation>No hay archivos .csv ni .jsonl en %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Combinar %1</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>en el muro</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>no está en el muro</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Mostrar de nuevo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>This deletes all %1 pledges on this kiosk, names and emails included. Export them first if you need them.</source>
        <translation>Esto elimina los %1 compromisos de este quiosco, incluidos nombres y correos. Expórtelos antes si los necesita.</translation>
    </message>
    <message>
        <source>Erase all pledges</source>
        <translation>Borrar todos los compromisos</translation>
    </message>
    <message>
        <source>Are you sure? This cannot be undone.</source>
        <translation>¿Está seguro? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>Sí, borrar todo</translation>
    </message>
    <message>
        <source>Exported %1 pledges to %2</source>
        <translation>%1 compromisos exportados a %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here, %4 rejected</source>
        <translation>%1: %2 añadidos, %3 ya estaban, %4 rechazados</translation>
    </message>
    <message>
        <source>Erased %1 pledges</source>
        <translation>%1 compromisos borrados</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>No se pudo terminar: %1</translation>
    </message>
</context>
<context>
    <name>PublicationsScreen</name>
    <message>
        <source>Tools and publications</source>
        <translation>Herramientas y publicaciones</translation>
    </message>
    <message>
        <source>Scan a code to take the link away on your phone</source>
        <translation>Escanee un código para llevarse el enlace en su teléfono</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Trafficking, smuggling, or both?</source>
        <translation>¿Trata, tráfico de migrantes o ambos?</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Trata</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Tráfico de migrantes</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Ver mi resultado</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <source>Not quite. The answer is: %1</source>
        <translation>No exactamente. La respuesta es: %1</translation>
    </message>
    <message>
        <source>You got %1 of %2 right.</source>
        <translation>Acertó %1 de %2.</translation>
    </message>
    <message>
        <source>Thank you for learning. Share what you know: it helps protect people.</source>
        <translation>Gracias por aprender. Comparta lo que sabe: ayuda a proteger a las personas.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>El quiosco volverá a empezar en %Ln segundo.</numerusform>
            <numerusform>El quiosco volverá a empezar en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>WatchScreen</name>
    <message>
        <source>This video cannot be played on this kiosk</source>
        <translation>Este vídeo no se puede reproducir en este quiosco</translation>
    </message>
    <message>
        <source>This recording cannot be played on this kiosk</source>
        <translation>Esta grabación no se puede reproducir en este quiosco</translation>
    </message>
    <message>
        <source>Moving on to the next one.</source>
        <translation>Pasamos al siguiente.</translation>
    </message>
    <message>
        <source>Please choose another one from the list.</source>
        <translation>Elija otro de la lista.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>Ver y escuchar</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews, with captions</source>
        <translation>Anuncios de servicio público y entrevistas con expertos, con subtítulos</translation>
    </message>
    <message>
        <source>There is nothing to watch yet.</source>
        <translation>Todavía no hay nada que ver.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Subtítulos activados</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Subtítulos desactivados</translation>
    </message>
</context>
</TS>
